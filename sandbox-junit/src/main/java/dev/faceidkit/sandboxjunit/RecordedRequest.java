package dev.faceidkit.sandboxjunit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One request of the journal: what came (field names and kinds, never values but the api_key) and the answer. */
public final class RecordedRequest {

    /** A contract violation the sandbox found: {@code MISSING}, {@code INVALID_VALUE}, {@code UNKNOWN_FIELD}, {@code WRONG_PART}. */
    public record Violation(String field, String type, String message) {
    }

    private final JsonNode entry;

    RecordedRequest(JsonNode entry) {
        this.entry = entry;
    }

    public String method() {
        return entry.path("method").asText();
    }

    public String path() {
        return entry.path("path").asText();
    }

    /** The operationId, or null for a path or method the contract does not define. */
    public String operation() {
        return entry.path("operation").asText(null);
    }

    public int status() {
        return entry.path("status").asInt();
    }

    /** The error code and detail answered, such as {@code MISSING_ARGUMENTS: image_ref1}; null on success. */
    public String error() {
        return entry.path("error").asText(null);
    }

    public String apiKey() {
        return entry.path("api_key").asText(null);
    }

    /** The names of the fields sent, in the order they came. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        entry.path("fields").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        entry.path("violations").forEach(v -> violations.add(new Violation(v.path("field").asText(),
                v.path("type").asText(), v.path("message").asText())));
        return violations;
    }

    /** Fails, listing them, when the request broke the contract in any way. */
    public RecordedRequest assertFollowsTheContract() {
        if (!violations().isEmpty()) {
            throw new AssertionError(method() + " " + path() + " broke the contract: " + violations());
        }
        return this;
    }

    /** The journal entry as the sandbox gave it. */
    public JsonNode json() {
        return entry;
    }

    @Override
    public String toString() {
        return method() + " " + path() + " -> " + status() + (error() == null ? "" : " " + error()) + " "
                + fieldNames() + (violations().isEmpty() ? "" : " violations " + violations());
    }
}
