package dev.faceidkit.contractmodel;

/**
 * One way a request departs from the contract.
 *
 * @param field   the wire name concerned
 * @param type    what kind of departure
 * @param message a sentence naming the field and the rule, never a value
 */
public record Violation(String field, Type type, String message) {

    public enum Type {
        /** A required field (always, or in the alternative chosen) is absent or empty. */
        MISSING,
        /** A text value breaks its field's limits (enum, range, length, bytes, pattern). */
        INVALID_VALUE,
        /** A file field sent as text, or a text field sent as a file part. */
        WRONG_PART,
        /** A field the operation does not define (accepted and ignored by the service, D-22). */
        UNKNOWN_FIELD,
        /**
         * A field that only alternatives the request did not choose read (D-60): ignored, not checked; the message
         * names the alternatives that read it, the one chosen, and whether its value would be refused there.
         */
        IGNORED_FIELD
    }
}
