package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.minus;
import static dev.faceidkit.contractgate.compare.Json.show;
import static dev.faceidkit.contractgate.compare.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code error-code-details-changed}: the message, detail, billing or detail values of a code kept under the same
 * status changed: compatible, reported (callers that show or bill on them want to know).
 */
public final class ErrorCodeDetailsRule implements ErrorCodeRule {

    public static final String NAME = "error-code-details-changed";

    @Override
    public void check(String where, Map<String, JsonNode> before, Map<String, JsonNode> after, Changes out) {
        before.forEach((status, oldEntry) -> {
            JsonNode newEntry = after.get(status);
            if (newEntry != null) {
                compare(where + " (" + status + ")", oldEntry, newEntry, out);
            }
        });
    }

    private static void compare(String where, JsonNode oldEntry, JsonNode newEntry, Changes out) {
        for (String attribute : List.of("message", "detail", "billed", "billed-when-detail")) {
            if (!oldEntry.path(attribute).equals(newEntry.path(attribute))) {
                out.compatible(NAME, where, attribute + " " + show(oldEntry.path(attribute)) + " → "
                        + show(newEntry.path(attribute)));
            }
        }
        Set<String> oldValues = new LinkedHashSet<>(texts(oldEntry.path("detail-values"), null));
        Set<String> newValues = new LinkedHashSet<>(texts(newEntry.path("detail-values"), null));
        List<String> removed = minus(oldValues, newValues);
        List<String> added = minus(newValues, oldValues);
        if (!removed.isEmpty()) {
            out.compatible(NAME, where, "detail value(s) no longer listed: " + String.join(", ", removed));
        }
        if (!added.isEmpty()) {
            out.compatible(NAME, where, "new detail value(s): " + String.join(", ", added));
        }
    }
}
