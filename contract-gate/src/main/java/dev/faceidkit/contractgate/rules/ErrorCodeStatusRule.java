package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code error-code-status-changed}: a code now returned under another HTTP status than before is breaking
 * (clients dispatch on the status first); a code returned under an additional status is compatible.
 */
public final class ErrorCodeStatusRule implements ErrorCodeRule {

    public static final String NAME = "error-code-status-changed";

    @Override
    public void check(String where, Map<String, JsonNode> before, Map<String, JsonNode> after, Changes out) {
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        Set<String> lost = new TreeSet<>(before.keySet());
        lost.removeAll(after.keySet());
        Set<String> gained = new TreeSet<>(after.keySet());
        gained.removeAll(before.keySet());
        if (!lost.isEmpty()) {
            out.breaking(NAME, where, "error code moved: returned with " + String.join(", ", after.keySet())
                    + " instead of " + String.join(", ", lost) + " (clients dispatch on the HTTP status first)");
        } else if (!gained.isEmpty()) {
            out.compatible(NAME, where, "error code now also returned with " + String.join(", ", gained));
        }
    }
}
