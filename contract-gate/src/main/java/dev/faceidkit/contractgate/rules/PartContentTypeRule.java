package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.names;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Set;
import java.util.TreeSet;

/** {@code part-content-type-changed}: the content type a multipart part must have changed: breaking. */
public final class PartContentTypeRule {

    public static final String NAME = "part-content-type-changed";

    /** Compares the {@code encoding} objects of one multipart media type. */
    public void check(String where, JsonNode before, JsonNode after, Changes out) {
        Set<String> fields = new TreeSet<>(names(before));
        fields.addAll(names(after));
        for (String field : fields) {
            String oldType = before.path(field).path("contentType").asText("");
            String newType = after.path(field).path("contentType").asText("");
            if (!oldType.equals(newType)) {
                out.breaking(NAME, where + " · `" + field + "`", "part content type '" + oldType + "' → '" + newType
                        + "'");
            }
        }
    }
}
