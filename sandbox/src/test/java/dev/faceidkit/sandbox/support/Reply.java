package dev.faceidkit.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A response as the tests see it. */
public record Reply(int status, HttpHeaders headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
        }
    }

    /** The error text under {@code error_message} or {@code error}, or null. */
    public String error() {
        JsonNode json = json();
        JsonNode error = json.has("error") ? json.get("error") : json.get("error_message");
        return error == null ? null : error.asText();
    }

    @Override
    public String toString() {
        return status + " " + (text().length() > 300 ? text().substring(0, 300) + "..." : text());
    }
}
