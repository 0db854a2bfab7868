package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What openapi-diff is shown of a string-encoded integer. Such a field carries its range twice: as
 * {@code x-faceid-integer-range} and spelled out as a {@code pattern}. openapi-diff only sees the pattern and calls
 * any change of it incompatible, so widening 5–60 to 5–90 would fail the gate. The named rules judge these
 * patterns on the range ({@code pattern-changed}, {@code integer-range-changed}); openapi-diff gets the document
 * without them.
 */
public final class IntegerRangePatterns {

    private IntegerRangePatterns() {
    }

    /** A copy of {@code root} without the {@code pattern} of any schema that has an x-faceid-integer-range. */
    public static JsonNode withoutRangePatterns(JsonNode root) {
        JsonNode copy = root.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            if (node.has("x-faceid-integer-range") && node.path("pattern").isTextual()) {
                ((ObjectNode) node).remove("pattern");
            }
            node.elements().forEachRemaining(IntegerRangePatterns::strip);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(IntegerRangePatterns::strip);
        }
    }
}
