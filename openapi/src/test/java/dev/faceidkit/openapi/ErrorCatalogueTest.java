package dev.faceidkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The error catalogue of each response ({@code x-faceid-errors}) agrees with its named examples and its
 * description table: every documented code (and every known detail value) has an example, every example's code
 * is documented, and the table readers see in the portal lists every code.
 */
class ErrorCatalogueTest {

    private final Spec spec = SpecLoader.load("bundle", SpecLoader.bundlePath());

    @Test
    void everyErrorResponseHasACatalogue() {
        List<String> missing = new ArrayList<>();
        for (Spec.Operation op : spec.operations()) {
            op.node().path("responses").properties().forEach(entry -> {
                JsonNode response = spec.deref(entry.getValue());
                if (!entry.getKey().startsWith("2") && !response.has("x-faceid-errors")) {
                    missing.add(op.label() + " " + entry.getKey());
                }
            });
        }
        assertThat(missing).as("error responses without x-faceid-errors").isEmpty();
    }

    @Test
    void catalogueExamplesAndTableAgree() {
        List<String> problems = new ArrayList<>();
        for (Spec.Operation op : spec.operations()) {
            op.node().path("responses").properties().forEach(entry -> {
                JsonNode response = spec.deref(entry.getValue());
                if (response.has("x-faceid-errors")) {
                    check(op.label() + " " + entry.getKey(), response, problems);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static void check(String where, JsonNode response, List<String> problems) {
        Set<String> exampleMessages = new HashSet<>();
        response.path("content").forEach(media -> media.path("examples").properties()
                .forEach(example -> exampleMessages.add(errorText(example.getValue().path("value")))));
        Set<String> documentedCodes = new HashSet<>();
        String table = response.path("description").asText();
        for (JsonNode error : response.get("x-faceid-errors")) {
            String code = error.path("code").asText();
            String message = error.path("message").asText();
            documentedCodes.add(code);
            if (!table.contains("`" + message + "`")) {
                problems.add(where + ": the description table does not list `" + message + "`");
            }
            if (error.has("detail-values")) {
                for (JsonNode detail : error.get("detail-values")) {
                    if (exampleMessages.stream().noneMatch(m -> codeOf(m).equals(code) && detailOf(m).equals(detail.asText()))) {
                        problems.add(where + ": no example for " + code + " with detail " + detail.asText());
                    }
                }
            } else if (exampleMessages.stream().noneMatch(m -> codeOf(m).equals(code))) {
                problems.add(where + ": no example for " + code);
            }
        }
        for (String message : exampleMessages) {
            if (!documentedCodes.contains(codeOf(message))) {
                problems.add(where + ": example code " + codeOf(message) + " is not in x-faceid-errors");
            }
        }
    }

    /** The code text of an example body: a JSON error body's code field, or a plain-text body itself. */
    private static String errorText(JsonNode value) {
        for (String key : List.of("error_message", "error")) {
            if (value.has(key)) {
                return value.get(key).asText();
            }
        }
        return value.asText();
    }

    private static String codeOf(String message) {
        if (message.equals("Request Entity Too Large")) {
            return "REQUEST_ENTITY_TOO_LARGE";
        }
        int colon = message.indexOf(':');
        return colon < 0 ? message.trim() : message.substring(0, colon).trim();
    }

    private static String detailOf(String message) {
        int colon = message.indexOf(':');
        return colon < 0 ? "" : message.substring(colon + 1).trim();
    }
}
