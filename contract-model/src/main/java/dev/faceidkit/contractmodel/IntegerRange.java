package dev.faceidkit.contractmodel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The range of an integer sent as text ({@code x-faceid-integer-range}: {@code {minimum: 5, maximum: 60}}), both
 * ends included; a bound the extension leaves out is unbounded. The one reading of the extension, shared by the
 * SDK, the sandbox and the breaking-change gate.
 */
public record IntegerRange(long minimum, long maximum) {

    /** Above this many values, a range is not tried value by value (no range of this contract comes near). */
    private static final long ENUMERABLE = 1_000_000;

    public IntegerRange {
        if (minimum > maximum) {
            throw new ContractException("Integer range " + minimum + ".." + maximum + " is empty");
        }
    }

    /** The range an {@code x-faceid-integer-range} object states; null when {@code node} is not one. */
    public static IntegerRange of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new IntegerRange(node.has("minimum") ? node.get("minimum").asLong() : Long.MIN_VALUE,
                node.has("maximum") ? node.get("maximum").asLong() : Long.MAX_VALUE);
    }

    public boolean contains(long value) {
        return value >= minimum && value <= maximum;
    }

    /** Does this range leave out a value {@code other} accepts? */
    public boolean narrowerThan(IntegerRange other) {
        return minimum > other.minimum || maximum < other.maximum;
    }

    /** Both ends bounded and few enough values to try one by one. */
    public boolean enumerable() {
        return minimum != Long.MIN_VALUE && maximum != Long.MAX_VALUE && maximum - minimum < ENUMERABLE;
    }

    /** As a rule reads after "an integer": {@code from 5 to 60}, {@code of at least 5}, {@code of at most 60}. */
    @Override
    public String toString() {
        if (minimum == Long.MIN_VALUE) {
            return maximum == Long.MAX_VALUE ? "of any value" : "of at most " + maximum;
        }
        return maximum == Long.MAX_VALUE ? "of at least " + minimum : "from " + minimum + " to " + maximum;
    }
}
