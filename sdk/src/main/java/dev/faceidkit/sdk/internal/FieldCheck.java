package dev.faceidkit.sdk.internal;

import dev.faceidkit.contractmodel.Variant;

/**
 * Presence checks of what a request builder was given, run when a request is built. Limits, enums and ranges are
 * not here: {@link FormFields.Builder} checks every value against the contract. Messages name the wire field and
 * never repeat a value, which may be personal data.
 */
public final class FieldCheck {

    private FieldCheck() {
    }

    /** A text the selected variant needs; {@code context} says why, such as {@code for comparison_type=1}. */
    public static String required(String field, String value, String context) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required " + context);
        }
        return value;
    }

    /** A value the chosen alternative needs; the message, made only on failure, names the alternative. */
    public static String required(String field, String value, Variant variant) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required for " + variant.selection());
        }
        return value;
    }

    public static <T> T required(String field, T value, Variant variant) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required for " + variant.selection());
        }
        return value;
    }

    public static <T> T required(String field, T value, String context) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required " + context);
        }
        return value;
    }
}
