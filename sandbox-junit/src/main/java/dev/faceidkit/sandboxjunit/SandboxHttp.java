package dev.faceidkit.sandboxjunit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls of the sandbox's own endpoints ({@code /sandbox/...}); a refusal becomes an exception with its reason. */
final class SandboxHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SandboxHttp() {
    }

    /** {@code name=value&...}, each part encoded; a list value becomes the name repeated. */
    static String query(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values : List.of(e.getValue())).stream()
                        .map(value -> encode(e.getKey()) + "=" + encode(String.valueOf(value))))
                .collect(Collectors.joining("&"));
    }

    static JsonNode get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    static JsonNode delete(URI uri) {
        return send(HttpRequest.newBuilder(uri).DELETE().build());
    }

    static JsonNode postForm(URI uri, Map<String, ?> form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form))).build());
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalArgumentException("the sandbox refused " + request.method() + " "
                        + request.uri().getPath() + " (" + response.statusCode() + "): "
                        + body.path("sandbox_error").asText(response.body()));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the sandbox at " + request.uri().getAuthority(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
