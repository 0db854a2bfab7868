package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Map;

/** {@code error-code-added}: a new code in an operation's x-faceid-errors: compatible (clients handle unknown codes). */
public final class ErrorCodeAddedRule implements ErrorCodeRule {

    public static final String NAME = "error-code-added";

    @Override
    public void check(String where, Map<String, JsonNode> before, Map<String, JsonNode> after, Changes out) {
        if (before.isEmpty() && !after.isEmpty()) {
            out.compatible(NAME, where, "new error code with " + String.join(", ", after.keySet()));
        }
    }
}
