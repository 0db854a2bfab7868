package dev.faceidkit.sdk.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fields the contract does not list that a caller still wants to send, such as
 * {@code data_source_image_update_status}. Collected by the request builders; a documented field is refused,
 * because the SDK sets those itself (credentials included).
 */
public final class ExtraFields {

    // Made on the first put: most requests carry no extra field.
    private Map<String, String> fields;

    /** Adds or replaces one field. */
    public void put(String name, String value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name must not be null or blank");
        }
        if (value == null) {
            throw new IllegalArgumentException("field " + name + " must have a value");
        }
        if (fields == null) {
            fields = new LinkedHashMap<>();
        }
        fields.put(name, value);
    }

    /** A copy, after checking that no name is one of the operation's documented fields. */
    public Map<String, String> checkedAgainst(Predicate<String> isDocumented) {
        if (fields == null) {
            return Map.of();
        }
        for (String name : fields.keySet()) {
            if (isDocumented.test(name)) {
                throw new IllegalArgumentException(name + " is a documented field of this operation: set it"
                        + " through the request builder, not as an extra field");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
