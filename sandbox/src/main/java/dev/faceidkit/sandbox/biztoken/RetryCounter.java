package dev.faceidkit.sandbox.biztoken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Comparison attempts per person (ID number or uuid) and api_key, for keys configured with a
 * {@code comparison-retry-limit}: once the limit is used up get_biz_token refuses with {@code MORE_RETRY_TIMES}.
 */
@Component
public class RetryCounter {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** Counts one attempt; false when it goes over {@code limit}. */
    public boolean attempt(String apiKey, String person, int limit) {
        return attempts.computeIfAbsent(apiKey + '\n' + person, key -> new AtomicInteger()).incrementAndGet() <= limit;
    }
}
