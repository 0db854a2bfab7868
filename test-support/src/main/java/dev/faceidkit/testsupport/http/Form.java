package dev.faceidkit.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body built by hand, field by field in order, with no checks at all, so that tests control
 * every byte (invalid UTF-8, missing parts, files the server must refuse). Setting a field again replaces it in
 * place. Immutable: each change returns a new form, so a base form can be varied per case.
 */
public final class Form {

    private record Part(byte[] content, String filename) {
    }

    private final Map<String, Part> parts;

    private Form(Map<String, Part> parts) {
        this.parts = parts;
    }

    public static Form of() {
        return new Form(new LinkedHashMap<>());
    }

    public Form text(String name, String value) {
        return raw(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A text field with exactly these bytes (for example invalid UTF-8). */
    public Form raw(String name, byte[] value) {
        return with(name, new Part(value, null));
    }

    /** A file part named {@code <name>.bin}. */
    public Form file(String name, byte[] content) {
        return file(name, name + ".bin", content);
    }

    public Form file(String name, String filename, byte[] content) {
        return with(name, new Part(content, filename));
    }

    public Form without(String name) {
        Map<String, Part> copy = new LinkedHashMap<>(parts);
        copy.remove(name);
        return new Form(copy);
    }

    /** This form (forms are immutable; kept so that a variation reads as one). */
    public Form copy() {
        return this;
    }

    public String text(String name) {
        Part part = parts.get(name);
        return part == null ? null : new String(part.content(), StandardCharsets.UTF_8);
    }

    /** The body and its content type, with a fresh boundary. */
    public Encoded encode() {
        String boundary = "----faceid-test-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, part) -> {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename()).append("\"\r\n")
                        .append("Content-Type: application/octet-stream");
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Encoded("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private Form with(String name, Part part) {
        Map<String, Part> copy = new LinkedHashMap<>(parts);
        copy.put(name, part);
        return new Form(copy);
    }

    /** An encoded body. */
    public record Encoded(String contentType, byte[] body) {
    }
}
