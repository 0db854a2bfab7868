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

    /**
     * Calls the operation with the smallest valid request, for tests that only care about the response the server
     * plays back (spec examples), not about what is sent.
     */
    static Object callWithMinimalRequest(FaceIdClient client, String operationId) {
        FileUpload photo = FileUpload.fromBytes(new byte[] {1}, "p.jpg", "image/jpeg");
        return switch (operationId) {
            case "verify" -> client.verify(VerifyRequest.builder()
                    .comparison(Comparison.referencePhotos("u", photo)).faceImage(FaceImage.faceToken("t")).build());
            case "rawVerify" -> client.rawVerify(RawVerifyRequest.builder().token("t")
                    .comparison(Comparison.dataSource("张三", "11010519491231002X")).build());
            case "getBizToken" -> client.getBizToken(BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource("张三", "11010519491231002X")).build());
            case "getResult" -> client.getResult(GetResultRequest.builder().bizId("b").build());
            default -> throw new AssertionError("operation the SDK does not cover: " + operationId);
        };
    }

    /** Every line the SDK logged since the last clear, joined. */
    static String sdkLogs() {
        return String.join("\n", CapturedLogs.messages("dev.faceidkit.sdk.http"));
    }
}
