package dev.faceidkit.sandbox.form;

import dev.faceidkit.sandbox.error.FaceIdError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks of single form fields with the documented codes: an absent or empty required field is
 * {@code MISSING_ARGUMENTS: <key>}, a value outside its set or range is {@code BAD_ARGUMENTS: <key>}.
 */
public final class Fields {

    /** An integer as the service writes it: no sign, no leading zeros, no decimals (DECISIONS.md, D-18). */
    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,8}");

    private Fields() {
    }

    public static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    public static boolean present(MultipartFile file) {
        return file != null;
    }

    public static String required(String field, String value) {
        if (!present(value)) {
            throw FaceIdError.missing(field);
        }
        return value;
    }

    public static MultipartFile required(String field, MultipartFile file) {
        if (!present(file)) {
            throw FaceIdError.missing(field);
        }
        return file;
    }

    /** The value if it is one of {@code allowed}; the default when absent. */
    public static String choice(String field, String value, String defaultValue, String... allowed) {
        if (!present(value)) {
            return defaultValue;
        }
        if (Arrays.asList(allowed).contains(value)) {
            return value;
        }
        throw FaceIdError.bad(field);
    }

    /** A required value that must be one of {@code allowed}. */
    public static String requiredChoice(String field, String value, String... allowed) {
        return choice(field, required(field, value), null, allowed);
    }

    /** A {@code "0"}/{@code "1"} flag. */
    public static boolean flag(String field, String value, boolean defaultValue) {
        return "1".equals(choice(field, value, defaultValue ? "1" : "0", "0", "1"));
    }

    /** An integer in {@code [min, max]} sent as text. */
    public static int integer(String field, String value, int defaultValue, int min, int max) {
        if (!present(value)) {
            return defaultValue;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw FaceIdError.bad(field);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw FaceIdError.bad(field);
        }
        return number;
    }

    public static void maxUtf8Bytes(String field, String value, int max) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
            throw FaceIdError.bad(field);
        }
    }

    public static void maxCharacters(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw FaceIdError.bad(field);
        }
    }

    /**
     * The reference photos sent ({@code image_ref1}, {@code image_ref2}, ... in order), by field name. Any of them
     * needs {@code image_ref1}: {@code image_ref2} alone is not valid (DECISIONS.md, D-17).
     */
    public static Map<String, MultipartFile> referencePhotos(MultipartFile... imageRefs) {
        Map<String, MultipartFile> references = new LinkedHashMap<>();
        for (int i = 0; i < imageRefs.length; i++) {
            if (present(imageRefs[i])) {
                references.put("image_ref" + (i + 1), imageRefs[i]);
            }
        }
        if (!references.isEmpty()) {
            required("image_ref1", imageRefs[0]);
        }
        return references;
    }

    public static boolean nameTooLong(String name, int max) {
        return name.codePointCount(0, name.length()) > max;
    }
}
