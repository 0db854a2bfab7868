package dev.faceidkit.conformancetests.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.testsupport.images.TestImages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of a request example, taken one by one while an SDK request is built from them. Whatever is left
 * at the end is a field the example holds and the SDK mapping did not send: {@link #requireAllTaken()} fails,
 * so a field added to an example (or to the SDK's gaps) cannot go unnoticed.
 */
final class ExampleFields {

    private final Map<String, String> remaining = new LinkedHashMap<>();

    ExampleFields(JsonNode fields) {
        fields.properties().forEach(e -> remaining.put(e.getKey(), e.getValue().asText()));
    }

    /** The text of a field, or null when the example lacks it. */
    String text(String name) {
        return remaining.remove(name);
    }

    boolean has(String name) {
        return remaining.containsKey(name);
    }

    /** A file field: a small generated JPEG named as the example names it; null when absent. */
    FileUpload file(String name) {
        String filename = remaining.remove(name);
        return filename == null ? null : FileUpload.fromBytes(TestImages.faceJpeg(name.hashCode()), filename,
                filename.endsWith(".jpg") ? "image/jpeg" : FileUpload.DEFAULT_CONTENT_TYPE);
    }

    /** The files {@code prefix1}, {@code prefix2}, ... present, in order. */
    List<FileUpload> numberedFiles(String prefix, int max) {
        List<FileUpload> files = new ArrayList<>();
        for (int i = 1; i <= max; i++) {
            FileUpload file = file(prefix + i);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /** A "0"/"1" flag; null when absent. */
    Boolean flag(String name) {
        String value = text(name);
        return value == null ? null : switch (value) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new IllegalArgumentException(name + "=" + value + " is not a flag");
        };
    }

    Integer integer(String name) {
        String value = text(name);
        return value == null ? null : Integer.valueOf(value);
    }

    /** The SDK enum constant whose {@code wireValue()} is the field's value; null when absent. */
    <E extends Enum<E>> E wireEnum(String name, Class<E> type, Function<E, String> wireValue) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (wireValue.apply(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("the SDK's " + type.getSimpleName() + " has no value for " + name + "="
                + value);
    }

    void requireAllTaken() {
        if (!remaining.isEmpty()) {
            throw new IllegalStateException("the example holds fields the SDK request does not carry: "
                    + remaining.keySet());
        }
    }
}
