package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_KEY;
import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.VERIFY_OK;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Builder checks, base URLs, a caller's OkHttpClient, and close semantics. */
class FaceIdClientConfigTest {

    private static final GetResultRequest GET_RESULT = GetResultRequest.builder().bizId("b").build();

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void needsAKeyAndASecretAndNeverPrintsTheSecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaceIdClient.builder().apiSecret(API_SECRET).build())
                .withMessage("apiKey is required");
        assertThatIllegalArgumentException().isThrownBy(() -> FaceIdClient.builder().apiKey(API_KEY).build())
                .withMessage("apiSecret is required");
        try (FaceIdClient client = FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET).build()) {
            assertThat(client).hasToString("FaceIdClient[baseUrl=https://api.megvii.com/, apiKey=test-api-key]");
        }
    }

    @Test
    void refusesPlainHttpToARemoteHostUnlessAllowed() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaceIdClient.builder().apiKey(API_KEY)
                        .apiSecret(API_SECRET).baseUrl("http://api.megvii.com").build())
                .withMessage("baseUrl http://api.megvii.com/ uses plain HTTP to a remote host, which would send the"
                        + " api_secret unencrypted; use https, or call allowInsecureHttp() if you really mean it");
        assertThatIllegalArgumentException().isThrownBy(() -> FaceIdClient.builder().apiKey(API_KEY)
                        .apiSecret(API_SECRET).baseUrl("ftp://api.megvii.com").build())
                .withMessage("baseUrl is not an http or https URL: ftp://api.megvii.com");

        for (String url : List.of("http://localhost:8080", "http://127.0.0.1", "http://[::1]:9000",
                "https://api-sgp.megvii.com")) {
            try (FaceIdClient client = FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET).baseUrl(url)
                    .build()) {
                assertThat(client.toString()).contains(url);
            }
        }
        try (FaceIdClient client = FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET)
                .baseUrl("http://faceid.internal").allowInsecureHttp().build()) {
            assertThat(client.toString()).contains("http://faceid.internal/");
        }
    }

    @Test
    void aBaseUrlWithAPathPrefixesEveryOperation() throws Exception {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"OK\",\"time_used\":1}"));

        try (FaceIdClient client = clientFor(server).baseUrl(server.url("/gateway/faceid-proxy").toString()).build()) {
            client.getResult(GET_RESULT);
        }

        assertThat(server.takeRequest().getPath()).startsWith("/gateway/faceid-proxy/faceid/lite/get_result?");
    }

    @Test
    void aCallersOkHttpClientRunsItsInterceptorsFirstAndStaysOpenAfterClose() {
        server.enqueue(json(200, VERIFY_OK));
        List<String> seen = new CopyOnWriteArrayList<>();
        OkHttpClient base = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.add(chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                })
                .build();

        FaceIdClient client = clientFor(server).okHttpClient(base).build();
        client.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("u", FileUpload.fromBytes(new byte[] {1}, "r.jpg")))
                .faceImage(FaceImage.faceToken("t")).build());
        client.close();

        assertThat(seen).containsExactly("/faceid/v2/verify");
        assertThat(base.dispatcher().executorService().isShutdown()).isFalse();
    }

    @Test
    void aClosedClientRefusesCallsAndClosingTwiceIsHarmless() {
        FaceIdClient client = clientFor(server).build();
        client.close();
        client.close();

        assertThatIllegalStateException().isThrownBy(() -> client.getResult(GET_RESULT))
                .withMessage("FaceIdClient is closed");
        assertThat(client.toString()).endsWith(", closed]");
        assertThat(server.getRequestCount()).isZero();
    }
}
