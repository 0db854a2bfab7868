package dev.faceidkit.sandbox.result;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One finished (or unfinished) FaceID Lite flow, readable through get_result by the key that started it.
 *
 * @param createdAt when the verification happened ({@code verify_time}); retention runs from here
 * @param reads     successful reads so far
 */
public record LiteRecord(String bizId, String apiKey, LiteScenario scenario, Instant createdAt, AtomicInteger reads) {
}
