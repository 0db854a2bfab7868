package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code request-body-changed}: the request body removed, a new required body, or a body made required: breaking;
 * a new optional body: compatible.
 */
public final class RequestBodyRule {

    public static final String NAME = "request-body-changed";

    /** Checks the two (resolved) bodies; true when both exist, so that their media types are compared next. */
    public boolean check(String where, JsonNode before, JsonNode after, Changes out) {
        if (before.isMissingNode() && after.isMissingNode()) {
            return false;
        }
        if (after.isMissingNode()) {
            out.breaking(NAME, where, "request body removed");
            return false;
        }
        if (before.isMissingNode()) {
            if (after.path("required").asBoolean(false)) {
                out.breaking(NAME, where, "new required request body");
            } else {
                out.compatible(NAME, where, "new optional request body");
            }
            return false;
        }
        if (!before.path("required").asBoolean(false) && after.path("required").asBoolean(false)) {
            out.breaking(NAME, where, "request body became required");
        }
        return true;
    }
}
