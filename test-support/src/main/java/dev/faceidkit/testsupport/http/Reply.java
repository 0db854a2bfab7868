package dev.faceidkit.testsupport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A response as the tests see it: the request it answers ({@code method}, {@code url}; empty when not known), the
 * status, the headers and the body bytes.
 */
public record Reply(String method, String url, int status, HttpHeaders headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Reply(int status, HttpHeaders headers, byte[] body) {
        this("", "", status, headers, body);
    }

    /** A reply with only a content type, for tests of the checks themselves. */
    public static Reply of(String method, String url, int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return new Reply(method, url, status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The Content-Type, or "" when there is none. */
    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The body as JSON; fails, with the body, when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
        }
    }

    /** The body as JSON; MissingNode when it is not JSON. */
    public JsonNode jsonOrMissing() {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The error text under {@code error_message} or {@code error}, or null. */
    public String error() {
        JsonNode json = json();
        JsonNode error = json.has("error") ? json.get("error") : json.get("error_message");
        return error == null ? null : error.asText();
    }

    /** "POST http://... -> 400 application/json {...}" for failure messages. */
    public String describe() {
        String text = text();
        return method + " " + url + " -> " + status + " " + contentType() + " "
                + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
    }

    @Override
    public String toString() {
        return status + " " + (text().length() > 300 ? text().substring(0, 300) + "..." : text());
    }
}
