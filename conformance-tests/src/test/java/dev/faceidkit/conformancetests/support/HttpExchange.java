package dev.faceidkit.conformancetests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A response as received: status, content type, headers and body bytes. */
public record HttpExchange(String method, String url, int status, String contentType, Map<String, String> headers,
                           byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; MissingNode when it is not JSON. */
    public JsonNode json() {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** "POST http://... -> 400 {...}" for failure messages. */
    public String describe() {
        String text = text();
        return method + " " + url + " -> " + status + " " + contentType + " "
                + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
    }
}
