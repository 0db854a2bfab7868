package dev.faceidkit.sdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.MultipartBody;

/**
 * The fields one request sends, by wire name: the documented text fields and files its builder set, and the
 * caller's extra fields. Credentials are not in here; the client adds them on each call.
 */
final class FormFields {

    private final Map<String, String> texts;
    private final Map<String, FileUpload> files;
    private final Map<String, String> extras;

    private FormFields(Builder builder) {
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(builder.texts));
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(builder.files));
        this.extras = builder.extras;
    }

    /** The value of a documented text field, or null when it is not sent. */
    String text(String name) {
        return texts.get(name);
    }

    /** The part for a documented file field, named by the SDK, or null when it is not sent. */
    MultipartBody.Part part(String name) {
        FileUpload file = files.get(name);
        return file == null ? null : file.toPart(name);
    }

    /** Fields the contract does not list, in the order they were added. */
    Map<String, String> extras() {
        return extras;
    }

    /** The names of the fields sent, without values (they may be personal data). */
    @Override
    public String toString() {
        StringJoiner names = new StringJoiner(", ", "[", "]");
        texts.keySet().forEach(names::add);
        files.keySet().forEach(name -> names.add(name + " (file)"));
        extras.keySet().forEach(name -> names.add(name + " (extra)"));
        return names.toString();
    }

    /** Collects the fields of a request while its builder validates them. */
    static final class Builder {
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, FileUpload> files = new LinkedHashMap<>();
        private Map<String, String> extras = Map.of();

        /** Adds a text field unless the value is null (unset). */
        Builder text(String name, String value) {
            if (value != null) {
                texts.put(name, value);
            }
            return this;
        }

        /** Adds a file field unless the upload is null (unset). */
        Builder file(String name, FileUpload upload) {
            if (upload != null) {
                files.put(name, upload);
            }
            return this;
        }

        /** The caller's extra fields, already checked against the operation's documented fields. */
        Builder extras(Map<String, String> checkedExtras) {
            this.extras = checkedExtras;
            return this;
        }

        FormFields build() {
            return new FormFields(this);
        }
    }
}
