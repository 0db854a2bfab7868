package dev.faceidkit.sdk;

import dev.faceidkit.sdk.http.RetryPolicy;
import dev.faceidkit.sdk.testing.CapturedLogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Shared set-up of the client tests: credentials, a client aimed at a MockWebServer, canned responses. */
final class TestClients {

    static final String API_KEY = "test-api-key";
    // Distinctive, so that a leak into a log line or a message is easy to find.
    static final String API_SECRET = "Zk3pQ9vXa7LmN2bR";
    static final String VERIFY_OK = "{\"request_id\":\"1763701122,0b9d6a1e\",\"time_used\":862,"
            + "\"result_faceid\":{\"confidence\":81.204,\"thresholds\":{\"1e-3\":62.169,\"1e-4\":69.101,"
            + "\"1e-5\":73.975,\"1e-6\":78.038}}}";

    private TestClients() {
    }

    /** A client for the server, without retries (tests that retry say so). */
    static FaceIdClient.Builder clientFor(MockWebServer server) {
        return FaceIdClient.builder()
                .apiKey(API_KEY)
                .apiSecret(API_SECRET)
                .baseUrl(server.url("/").toString())
                .retryPolicy(RetryPolicy.builder().maxRetries(0).build());
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    static Path file(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line the SDK logged since the last clear, joined. */
    static String sdkLogs() {
        return String.join("\n", CapturedLogs.messages("dev.faceidkit.sdk.http"));
    }
}
