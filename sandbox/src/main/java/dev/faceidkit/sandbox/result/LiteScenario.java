package dev.faceidkit.sandbox.result;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import java.util.List;

/**
 * A get_result outcome from {@code sandbox/lite-results.yaml}.
 *
 * @param name        the scenario's key
 * @param description what it shows
 * @param error       a documented 400 every read answers instead, or null
 * @param images      the {@code images} keys the flow captured
 * @param multifaces  {@code multifaces_tag} ({@code "0"} or {@code "1"})
 * @param response    the body without request_id, time_used and biz_info.biz_id
 */
public record LiteScenario(String name, String description, FaceIdErrorCode error, List<String> images,
                           String multifaces, JsonNode response) {
}
