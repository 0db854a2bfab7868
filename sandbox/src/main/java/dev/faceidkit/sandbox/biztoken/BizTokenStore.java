package dev.faceidkit.sandbox.biztoken;

import dev.faceidkit.sandbox.error.RequestIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Issued biz_tokens: unique, usable once, valid for one hour (get_biz_token 1.0.1). Of concurrent uses of one
 * token exactly one succeeds.
 */
@Component
public class BizTokenStore {

    public static final Duration VALIDITY = Duration.ofHours(1);
    /** Expired tokens are dropped once there are this many, so that a long-running sandbox stays small. */
    private static final int PURGE_ABOVE = 10_000;

    /** What happened to an attempt to use a biz_token. */
    public enum Use { CONSUMED, UNKNOWN, EXPIRED, ALREADY_USED }

    private final Map<String, BizSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final RequestIds ids;

    public BizTokenStore(Clock clock, RequestIds ids) {
        this.clock = clock;
        this.ids = ids;
    }

    public BizSession issue(String apiKey, String livenessType, String comparisonType, String bizNo) {
        Instant now = clock.instant();
        if (sessions.size() > PURGE_ABOVE) {
            sessions.values().removeIf(session -> !now.isBefore(session.expiresAt()));
        }
        BizSession session = new BizSession(ids.next(), apiKey, now.plus(VALIDITY), livenessType, comparisonType,
                bizNo, new AtomicBoolean());
        sessions.put(session.bizToken(), session);
        return session;
    }

    public Use consume(String bizToken) {
        BizSession session = sessions.get(bizToken);
        if (session == null) {
            return Use.UNKNOWN;
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            return Use.EXPIRED;
        }
        return session.used().compareAndSet(false, true) ? Use.CONSUMED : Use.ALREADY_USED;
    }

    public Optional<BizSession> find(String bizToken) {
        return Optional.ofNullable(sessions.get(bizToken));
    }
}
