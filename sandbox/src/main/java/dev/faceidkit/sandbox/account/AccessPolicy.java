package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The account-wide checks made before an operation looks at its form: disabled key, caller address, operations
 * denied to the key and, for a test key, its call limit per operation (counted exactly, also under concurrency).
 */
@Component
public class AccessPolicy {

    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    public void check(Account account, ApiOperation op, String remoteAddress) {
        if (account.discontinued()) {
            throw Refusal.DISCONTINUED.error(op);
        }
        if (!account.allowedIps().isEmpty() && !account.allowedIps().contains(remoteAddress)) {
            throw Refusal.IP_NOT_ALLOWED.error(op);
        }
        if (account.deniedApis().contains(op)) {
            throw Refusal.API_DENIED.error(op);
        }
        if (account.callLimit() != null) {
            long made = calls.computeIfAbsent(account.apiKey() + '\n' + op, key -> new AtomicLong()).incrementAndGet();
            if (made > account.callLimit()) {
                throw Refusal.LIMIT_REACHED.error(op);
            }
        }
    }
}
