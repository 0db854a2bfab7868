package dev.faceidkit.sandbox.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers values that may be used once per api_key (MegLive deltas, MegLiveFlash biz numbers). Of several
 * concurrent first uses exactly one is first. Entries older than the retention are forgotten once the ledger
 * grows large, so a long-running sandbox does not keep every value forever.
 */
public class OnceOnlyLedger {

    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, Instant> firstUses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration retention;

    public OnceOnlyLedger(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /** True for the first use of {@code value} by {@code apiKey}, false for every later one. */
    public boolean claim(String apiKey, String value) {
        Instant now = clock.instant();
        if (firstUses.size() > PURGE_ABOVE) {
            Instant oldest = now.minus(retention);
            firstUses.values().removeIf(usedAt -> usedAt.isBefore(oldest));
        }
        return firstUses.putIfAbsent(apiKey + '\n' + value, now) == null;
    }
}
