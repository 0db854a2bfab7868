package dev.faceidkit.conformancetests.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A multipart/form-data body built field by field, in order, with no checks at all: tests that want the server
 * to refuse a request must be able to send it. Setting a field again replaces it in place.
 */
public final class Form {

    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private final Map<String, MultipartBody.Part> parts = new LinkedHashMap<>();

    public static Form of() {
        return new Form();
    }

    public Form text(String name, String value) {
        return raw(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A text field of arbitrary bytes (say, GBK instead of UTF-8). */
    public Form raw(String name, byte[] value) {
        parts.put(name, MultipartBody.Part.createFormData(name, null, RequestBody.create(value, null)));
        return this;
    }

    public Form file(String name, String filename, byte[] content) {
        parts.put(name, MultipartBody.Part.createFormData(name, filename, RequestBody.create(content, OCTETS)));
        return this;
    }

    public Form without(String name) {
        parts.remove(name);
        return this;
    }

    public Form copy() {
        Form copy = new Form();
        copy.parts.putAll(parts);
        return copy;
    }

    public MultipartBody body() {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        parts.values().forEach(body::addPart);
        return body.build();
    }
}
