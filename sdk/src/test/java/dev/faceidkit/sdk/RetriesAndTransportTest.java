package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.VERIFY_OK;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.faceidkit.sdk.errors.ConcurrencyLimitException;
import dev.faceidkit.sdk.errors.FaceIdTransportException;
import dev.faceidkit.sdk.errors.InternalServerException;
import dev.faceidkit.sdk.http.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's default retry policy, and how transport failures surface. */
class RetriesAndTransportTest {

    private static final String CONCURRENCY = "{\"error_message\":\"CONCURRENCY_LIMIT_EXCEEDED\",\"request_id\":\"r\","
            + "\"time_used\":1}";
    private static final RetryPolicy FAST_DEFAULTS = RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build();

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
    void concurrencyLimitIsRetriedAndTheRetryResendsTheFiles() throws Exception {
        server.enqueue(json(403, CONCURRENCY));
        server.enqueue(json(200, VERIFY_OK));

        try (FaceIdClient client = clientFor(server).retryPolicy(FAST_DEFAULTS).build()) {
            assertThat(client.verify(verify(FileUpload.fromBytes("R".getBytes(), "r.jpg"))).getTimeUsed())
                    .isEqualTo(862);
        }

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo(server.takeRequest().getBody().readUtf8());
    }

    @Test
    void aCallPastItsTimeoutFailsAsATimeoutWhileTheServerIsStillSending() {
        // Headers at once, then a byte every 100 ms: no single read waits long, the whole call would take 10 s.
        server.enqueue(json(200, VERIFY_OK + " ".repeat(100)).throttleBody(1, 100, TimeUnit.MILLISECONDS));

        try (FaceIdClient client = clientFor(server).callTimeout(Duration.ofMillis(300)).build()) {
            long start = System.nanoTime();
            FaceIdTransportException e = catchThrowableOfType(FaceIdTransportException.class,
                    () -> client.verify(verify(FileUpload.fromBytes("R".getBytes(), "r.jpg"))));
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(e).hasMessageContaining("InterruptedIOException: call timeout of PT0.3S elapsed")
                    .hasMessageContaining("the request may have reached the server");
            assertThat(e.getCause()).isInstanceOf(java.io.InterruptedIOException.class);
            assertThat(tookMillis).isBetween(300L, 3_000L);
        }
    }

    @Test
    void aCallWithinItsTimeoutIsNotCutShort() {
        // Some 400 ms of sending: several sweeps of the deadline keeper, all before the deadline.
        server.enqueue(json(200, VERIFY_OK).throttleBody(64, 50, TimeUnit.MILLISECONDS));

        try (FaceIdClient client = clientFor(server).callTimeout(Duration.ofSeconds(3)).build()) {
            assertThat(client.verify(verify(FileUpload.fromBytes("R".getBytes(), "r.jpg"))).getTimeUsed())
                    .isEqualTo(862);
        }
    }

    @Test
    void aNegativeCallTimeoutIsRefused() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> FaceIdClient.builder().callTimeout(Duration.ofSeconds(-1))))
                .hasMessage("callTimeout must not be negative: PT-1S");
    }

    @Test
    void aServerErrorOfABilledVerifyIsNotRetriedByDefault() {
        server.enqueue(json(500, "{\"error_message\":\"INTERNAL_ERROR\",\"request_id\":\"r\",\"time_used\":17}"));

        try (FaceIdClient client = clientFor(server).retryPolicy(FAST_DEFAULTS).build()) {
            InternalServerException e = catchThrowableOfType(InternalServerException.class,
                    () -> client.verify(verify(FileUpload.fromBytes("R".getBytes(), "r.jpg"))));
            assertThat(e.requestId()).isEqualTo("r");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUploadFromAStreamIsNeverRetried() {
        server.enqueue(json(403, CONCURRENCY));
        server.enqueue(json(200, VERIFY_OK));

        try (FaceIdClient client = clientFor(server).retryPolicy(FAST_DEFAULTS).build()) {
            catchThrowableOfType(ConcurrencyLimitException.class, () -> client.verify(verify(
                    FileUpload.fromStream(new ByteArrayInputStream("R".getBytes()), "r.jpg"))));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStreamUploadCannotBeSentTwice() {
        server.enqueue(json(200, VERIFY_OK));
        VerifyRequest request = verify(FileUpload.fromStream(new ByteArrayInputStream("R".getBytes()), "r.jpg"));

        try (FaceIdClient client = clientFor(server).build()) {
            client.verify(request);
            FaceIdTransportException e = catchThrowableOfType(FaceIdTransportException.class,
                    () -> client.verify(request));
            assertThat(e).hasRootCauseMessage("an upload from an InputStream can be sent only once");
        }
    }

    @Test
    void aRefusedConnectionWasNeverSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        try (FaceIdClient client = clientFor(server).baseUrl("http://127.0.0.1:" + closedPort).build()) {
            FaceIdTransportException e = catchThrowableOfType(FaceIdTransportException.class,
                    () -> client.verify(verify(FileUpload.fromBytes("R".getBytes(), "r.jpg"))));
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.getMessage()).startsWith("I/O failure, the request was never sent").doesNotContain(API_SECRET);
        }
    }

    @Test
    void aReadTimeoutMayHaveReachedTheServerAndIsNotRetried() {
        server.enqueue(json(200, VERIFY_OK).setHeadersDelay(2, TimeUnit.SECONDS));

        try (FaceIdClient client = clientFor(server).retryPolicy(FAST_DEFAULTS)
                .readTimeout(Duration.ofMillis(200)).build()) {
            FaceIdTransportException e = catchThrowableOfType(FaceIdTransportException.class,
                    () -> client.verify(verify(FileUpload.fromBytes("R".getBytes(), "r.jpg"))));
            assertThat(e.mayHaveReachedServer()).isTrue();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedAfterTheRequestIsATransportFailure() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        try (FaceIdClient client = clientFor(server).retryPolicy(FAST_DEFAULTS).build()) {
            FaceIdTransportException e = catchThrowableOfType(FaceIdTransportException.class,
                    () -> client.getResult(GetResultRequest.builder().bizId("b").build()));
            assertThat(e.mayHaveReachedServer()).isTrue();
            assertThat(e.getMessage()).doesNotContain(API_SECRET);
        }
    }

    private static VerifyRequest verify(FileUpload photo) {
        return VerifyRequest.builder().comparison(Comparison.referencePhotos("u", photo))
                .faceImage(FaceImage.faceToken("t")).build();
    }
}
