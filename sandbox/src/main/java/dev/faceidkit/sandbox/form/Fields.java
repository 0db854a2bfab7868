package dev.faceidkit.sandbox.form;

import dev.faceidkit.sandbox.error.FaceIdError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * Presence of form fields: an absent or empty required field is {@code MISSING_ARGUMENTS: <key>}. Values are
 * checked by {@link FormRules}, from the contract.
 */
public final class Fields {

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
}
