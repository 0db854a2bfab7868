package dev.faceidkit.contractmodel;

/**
 * A text value that breaks one of its field's limits.
 *
 * @param field   the wire name
 * @param kind    which limit
 * @param message the field and the limit, such as {@code liveness_timeout must be an integer from 5 to 60};
 *                never the value itself
 */
public record FieldProblem(String field, Kind kind, String message) {

    public enum Kind { NOT_IN_ENUM, OUT_OF_RANGE, TOO_SHORT, TOO_LONG, TOO_MANY_BYTES, PATTERN }
}
