package dev.faceidkit.contractmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One field of an operation's request, by wire name: a multipart text field, a multipart file part, or a query
 * parameter (always text). Every limit the contract states for it is here; {@link #check(String)} applies them.
 */
public final class Field {

    /** How the field travels. */
    public enum Part {
        /** A text value: a multipart field without file content, or a query parameter. */
        TEXT,
        /** A file part ({@code format: binary}). */
        FILE
    }

    /** A decimal integer as the service writes it: no sign, no leading zeros (DECISIONS.md, D-18). */
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|[1-9][0-9]{0,17}");

    private final String name;
    private final Part part;
    private final String type;
    private final List<String> enumValues;
    private final List<String> enumNames;
    private final String defaultValue;
    private final Integer minLength;
    private final Integer maxLength;
    private final Integer maxBytes;
    private final Integer maxPixels;
    private final Pattern pattern;
    private final IntegerRange integerRange;
    private final String invalidValueError;
    private final boolean alwaysRequired;
    private final List<Variant> requiredIn = new ArrayList<>();
    private final List<Variant> declaredIn = new ArrayList<>();

    Field(String name, Part part, String type, List<String> enumValues, List<String> enumNames, String defaultValue,
          Integer minLength, Integer maxLength, Integer maxBytes, Integer maxPixels, String pattern,
          IntegerRange integerRange, String invalidValueError, boolean alwaysRequired) {
        this.name = name;
        this.part = part;
        this.type = type;
        this.enumValues = List.copyOf(enumValues);
        this.enumNames = List.copyOf(enumNames);
        this.defaultValue = defaultValue;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.pattern = pattern == null ? null : Pattern.compile(pattern);
        this.integerRange = integerRange;
        this.invalidValueError = invalidValueError;
        this.alwaysRequired = alwaysRequired;
        if (!enumNames.isEmpty() && enumNames.size() != enumValues.size()) {
            throw new ContractException(name + ": x-enum-varnames has " + enumNames.size() + " names for "
                    + enumValues.size() + " values");
        }
    }

    void requiredIn(Variant variant) {
        requiredIn.add(variant);
    }

    void declaredIn(Variant variant) {
        declaredIn.add(variant);
    }

    public String name() {
        return name;
    }

    public Part part() {
        return part;
    }

    public boolean isFile() {
        return part == Part.FILE;
    }

    /** The JSON Schema type: {@code string} for every form field of this API. */
    public String type() {
        return type;
    }

    /** The allowed values, in document order; empty when any value is allowed. */
    public List<String> enumValues() {
        return enumValues;
    }

    /** Names for the enum values ({@code x-enum-varnames}), in the same order; empty when the contract has none. */
    public List<String> enumNames() {
        return enumNames;
    }

    /** The value the service assumes when the field is not sent. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** Least number of characters (code points). */
    public OptionalInt minLength() {
        return minLength == null ? OptionalInt.empty() : OptionalInt.of(minLength);
    }

    /** Most characters (code points). */
    public OptionalInt maxLength() {
        return maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength);
    }

    /** Most UTF-8 bytes ({@code x-faceid-max-bytes}). */
    public OptionalInt maxBytes() {
        return maxBytes == null ? OptionalInt.empty() : OptionalInt.of(maxBytes);
    }

    /** Most pixels wide and high of an image ({@code x-faceid-max-pixels}). */
    public OptionalInt maxPixels() {
        return maxPixels == null ? OptionalInt.empty() : OptionalInt.of(maxPixels);
    }

    /** The regular expression a value must match, if any. */
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** For an integer sent as text, its range ({@code x-faceid-integer-range}). */
    public Optional<IntegerRange> integerRange() {
        return Optional.ofNullable(integerRange);
    }

    /**
     * The error code the service answers a value breaking these limits with ({@code x-faceid-invalid-value-error},
     * such as {@code INVALID_NAME_FORMAT}); empty for the operation's general bad-argument code.
     */
    public Optional<String> invalidValueError() {
        return Optional.ofNullable(invalidValueError);
    }

    /** Required in every request, whatever variant is chosen. */
    public boolean alwaysRequired() {
        return alwaysRequired;
    }

    /** The variants (of any group) that require this field. */
    public List<Variant> requiredIn() {
        return List.copyOf(requiredIn);
    }

    /** The variants that declare this field as theirs (required or optional); empty for a field of every request. */
    public List<Variant> declaredIn() {
        return List.copyOf(declaredIn);
    }

    /** An integer sent as text: it has a range, or an enum of integers only. */
    public OptionalLong integerValue(String value) {
        return CANONICAL_INTEGER.matcher(value).matches() ? OptionalLong.of(Long.parseLong(value)) : OptionalLong.empty();
    }

    /**
     * What is wrong with a text value sent for this field, if anything: the first broken limit, in the order enum,
     * integer range, length, bytes, pattern. A field with an integer range is judged by the range, not its pattern.
     * The message names the field and the limit, never the value (it may be personal data).
     */
    public Optional<FieldProblem> check(String value) {
        if (part == Part.FILE) {
            throw new IllegalStateException(name + " is a file part, not text");
        }
        if (!enumValues.isEmpty() && !enumValues.contains(value)) {
            return problem(FieldProblem.Kind.NOT_IN_ENUM, "must be one of " + String.join(", ", enumValues));
        }
        if (integerRange != null) {
            OptionalLong number = integerValue(value);
            if (number.isEmpty() || !integerRange.contains(number.getAsLong())) {
                return problem(FieldProblem.Kind.OUT_OF_RANGE, "must be an integer " + integerRange);
            }
            return Optional.empty();
        }
        int characters = value.codePointCount(0, value.length());
        if (minLength != null && characters < minLength) {
            return problem(FieldProblem.Kind.TOO_SHORT, lengthRule() + ", was " + characters + " characters");
        }
        if (maxLength != null && characters > maxLength) {
            return problem(FieldProblem.Kind.TOO_LONG, lengthRule() + ", was " + characters + " characters");
        }
        if (maxBytes != null) {
            int bytes = utf8Length(value);
            if (bytes > maxBytes) {
                return problem(FieldProblem.Kind.TOO_MANY_BYTES,
                        "must be at most " + maxBytes + " UTF-8 bytes, was " + bytes + " bytes");
            }
        }
        if (pattern != null && !pattern.matcher(value).find()) {
            return problem(FieldProblem.Kind.PATTERN, "must match " + pattern.pattern());
        }
        return Optional.empty();
    }

    /** The length of {@code value} in UTF-8, counted without encoding it (requests check this on every build). */
    static int utf8Length(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1; // a lone surrogate: String.getBytes writes '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private String lengthRule() {
        if (minLength != null && minLength.equals(maxLength)) {
            return "must be " + minLength + " characters";
        }
        if (maxLength == null) {
            return "must be at least " + minLength + " characters";
        }
        return minLength == null || minLength <= 1 ? "must be at most " + maxLength + " characters"
                : "must be " + minLength + " to " + maxLength + " characters";
    }

    private Optional<FieldProblem> problem(FieldProblem.Kind kind, String rule) {
        return Optional.of(new FieldProblem(name, kind, name + " " + rule));
    }

    @Override
    public String toString() {
        return name + (part == Part.FILE ? " (file)" : "");
    }
}
