package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Map;

/**
 * {@code error-code-removed}: an operation no longer lists a code of its x-faceid-errors: breaking (clients
 * handling it are no longer described). openapi-diff does not even see this difference.
 */
public final class ErrorCodeRemovedRule implements ErrorCodeRule {

    public static final String NAME = "error-code-removed";

    @Override
    public void check(String where, Map<String, JsonNode> before, Map<String, JsonNode> after, Changes out) {
        if (!before.isEmpty() && after.isEmpty()) {
            out.breaking(NAME, where, "error code removed (was returned with " + String.join(", ", before.keySet())
                    + "): clients handling it are no longer described");
        }
    }
}
