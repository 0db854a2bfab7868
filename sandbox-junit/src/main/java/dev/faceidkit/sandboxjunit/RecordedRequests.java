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
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's request journal, for asserting what the code under test sent: newest first, each request with
 * its operation, answer, field names and the contract violations the sandbox found (sandbox/TEST-INPUTS.md,
 * "Request journal").
 */
public final class RecordedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI journal;

    RecordedRequests(URI baseUrl) {
        this.journal = baseUrl.resolve("sandbox/requests");
    }

    /** Every request in the journal, newest first. */
    public List<RecordedRequest> all() {
        return read("");
    }

    /** The requests sent with this api_key, newest first: give each test its own key to keep tests apart. */
    public List<RecordedRequest> withApiKey(String apiKey) {
        return read("?api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
    }

    /** The requests of one operation ({@code verify}, {@code rawVerify}, {@code getBizToken}, {@code getResult}). */
    public List<RecordedRequest> ofOperation(String operationId) {
        return read("?operation=" + URLEncoder.encode(operationId, StandardCharsets.UTF_8));
    }

    /** The newest request; fails when there is none. */
    public RecordedRequest last() {
        List<RecordedRequest> all = read("?limit=1");
        if (all.isEmpty()) {
            throw new AssertionError("the sandbox has received no request");
        }
        return all.get(0);
    }

    /** Empties the journal, for example before each test. */
    public void clear() {
        send(HttpRequest.newBuilder(journal).DELETE().build());
    }

    private List<RecordedRequest> read(String query) {
        JsonNode body = send(HttpRequest.newBuilder(URI.create(journal + query)).GET().build());
        List<RecordedRequest> requests = new ArrayList<>();
        body.path("requests").forEach(entry -> requests.add(new RecordedRequest(entry)));
        return requests;
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the sandbox's journal answered " + response.statusCode());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox's journal", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
