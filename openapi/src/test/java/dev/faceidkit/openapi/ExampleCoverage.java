package dev.faceidkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the places that lack examples. Mock servers (Prism) answer with a response's examples and other
 * teams' tests send the request examples, so every response needs one and every request body a named one.
 */
final class ExampleCoverage {

    private ExampleCoverage() {
    }

    static List<String> gaps(Spec spec) {
        List<String> gaps = new ArrayList<>();
        for (Spec.Operation op : spec.operations()) {
            JsonNode requestBody = op.node().get("requestBody");
            if (requestBody != null) {
                spec.deref(requestBody).path("content").properties().forEach(media -> {
                    if (media.getValue().path("examples").isEmpty()) {
                        gaps.add(op.label() + " request " + media.getKey() + " has no named example");
                    }
                });
            }
            op.node().path("responses").properties().forEach(entry -> {
                String label = op.label() + " response " + entry.getKey();
                JsonNode content = spec.deref(entry.getValue()).path("content");
                if (content.isEmpty()) {
                    gaps.add(label + " has no content, so no example");
                }
                content.properties().forEach(media -> {
                    if (!media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
                        gaps.add(label + " " + media.getKey() + " has no example");
                    }
                });
            });
        }
        return gaps;
    }
}
