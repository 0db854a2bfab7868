package dev.faceidkit.sandbox.biztoken;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A session configured by get_biz_token, waiting for the mobile SDK.
 *
 * @param expiresAt one hour after issue
 * @param used      set once, by the first consumer
 */
public record BizSession(String bizToken, String apiKey, Instant expiresAt, String livenessType,
                         String comparisonType, String bizNo, AtomicBoolean used) {
}
