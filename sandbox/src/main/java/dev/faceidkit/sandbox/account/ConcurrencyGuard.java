package dev.faceidkit.sandbox.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/** At most {@link Account#concurrencyLimit()} calls of one key at a time; the next one is refused, not queued. */
@Component
public class ConcurrencyGuard {

    // By account, not by key: an account removed and added again with another limit gets permits of its own.
    private final Map<Account, Semaphore> permits = new ConcurrentHashMap<>();

    /** A permit to release when the call ends, or empty when the key is at its limit. */
    public Optional<Permit> tryAcquire(Account account) {
        Semaphore semaphore = permits.computeIfAbsent(account, key -> new Semaphore(account.concurrencyLimit()));
        return semaphore.tryAcquire() ? Optional.of(new Permit(semaphore)) : Optional.empty();
    }

    /** One running call; releasing twice releases once. */
    public static final class Permit {

        private Semaphore semaphore;

        private Permit(Semaphore semaphore) {
            this.semaphore = semaphore;
        }

        public synchronized void release() {
            if (semaphore != null) {
                semaphore.release();
                semaphore = null;
            }
        }
    }
}
