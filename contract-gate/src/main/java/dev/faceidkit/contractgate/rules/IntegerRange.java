package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code x-faceid-integer-range} of an integer sent as a string ({@code {minimum: 5, maximum: 60}}); a missing
 * bound is unbounded.
 */
public record IntegerRange(double minimum, double maximum) {

    /** Above this many values, pattern checks are not enumerated (no such range in this contract). */
    private static final long ENUMERABLE = 1_000_000;

    public static IntegerRange of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new IntegerRange(node.path("minimum").asDouble(Double.NEGATIVE_INFINITY),
                node.path("maximum").asDouble(Double.POSITIVE_INFINITY));
    }

    /** Does this range leave out a value {@code other} accepts? */
    public boolean narrowerThan(IntegerRange other) {
        return minimum > other.minimum || maximum < other.maximum;
    }

    /** Both bounds finite and not too many values to try one by one. */
    public boolean enumerable() {
        return Double.isFinite(minimum) && Double.isFinite(maximum) && maximum - minimum < ENUMERABLE;
    }

    public long first() {
        return (long) Math.ceil(minimum);
    }

    public long last() {
        return (long) Math.floor(maximum);
    }
}
