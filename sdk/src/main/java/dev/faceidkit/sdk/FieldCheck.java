package dev.faceidkit.sdk;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Checks on request field values, run when a request is built. Every message names the wire field and never
 * repeats the value, which may be personal data (a name, an ID number) or a token.
 */
final class FieldCheck {

    private static final Pattern IDCARD_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

    private FieldCheck() {
    }

    /** A text the selected variant needs; {@code context} says why, such as {@code for comparison_type=1}. */
    static String required(String field, String value, String context) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required " + context);
        }
        return value;
    }

    static <T> T required(String field, T value, String context) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required " + context);
        }
        return value;
    }

    static String maxUtf8Bytes(String field, String value, int maxBytes) {
        if (value != null) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                throw new IllegalArgumentException(
                        field + " must be at most " + maxBytes + " UTF-8 bytes, was " + bytes + " bytes");
            }
        }
        return value;
    }

    static String maxChars(String field, String value, int maxChars) {
        if (value != null) {
            int chars = value.codePointCount(0, value.length());
            if (chars > maxChars) {
                throw new IllegalArgumentException(
                        field + " must be at most " + maxChars + " characters, was " + chars + " characters");
            }
        }
        return value;
    }

    static String exactChars(String field, String value, int chars) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length != chars) {
                throw new IllegalArgumentException(
                        field + " must be " + chars + " characters, was " + length + " characters");
            }
        }
        return value;
    }

    static String idcardNumber(String field, String value) {
        if (value != null && !IDCARD_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 18 characters, 17 digits followed by a digit or X"
                    + " (the value given has " + value.length() + " characters)");
        }
        return value;
    }

    /** An integer sent as text, such as face_quality_threshold; null when unset. */
    static String integerInRange(String field, Integer value, int min, int max) {
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be an integer from " + min + " to " + max + ", was " + value);
        }
        return value.toString();
    }

    /** A 0/1 flag; null (unset) leaves the server default. */
    static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }
}
