package dev.faceidkit.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.sdk.testing.CapturedLogs;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.BufferedSink;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

    private static final String PATH = "/faceid/v3/sdk/get_biz_token";
    private static final String CONCURRENCY = "{\"error\":\"CONCURRENCY_LIMIT_EXCEEDED\"}";
    private static final MediaType JPEG = MediaType.get("image/jpeg");

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger closedBodies = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server.start();
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void retriesConcurrencyLimitAndSendsTheSameRequestEachTime() throws Exception {
        server.enqueue(json(403, CONCURRENCY));
        server.enqueue(json(403, "{\"error_message\":\"CONCURRENCY_LIMIT_EXCEEDED\",\"request_id\":\"r\"}"));
        server.enqueue(json(200, "{\"biz_token\":\"t\"}"));

        try (Response response = client(RetryPolicy.defaults(), constant(0.5)).newCall(multipart()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("{\"biz_token\":\"t\"}");
            // The two refused responses were closed before retrying, so their connections could be reused.
            assertThat(closedBodies).hasValue(2);
        }

        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            RecordedRequest recorded = server.takeRequest();
            assertThat(recorded.getMethod()).isEqualTo("POST");
            assertThat(recorded.getPath()).isEqualTo(PATH);
            assertThat(recorded.getHeader("Content-Type")).isEqualTo("multipart/form-data; boundary=b");
            assertThat(recorded.getBody().readUtf8()).isEqualTo(""
                    + "--b\r\nContent-Disposition: form-data; name=\"api_key\"\r\nContent-Length: 1\r\n\r\nk\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"image_ref1\"; filename=\"a.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\nContent-Length: 4\r\n\r\nJPEG\r\n"
                    + "--b--\r\n");
        }
        // Full jitter at 0.5 halves the caps 500 ms and 1 s.
        assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(CapturedLogs.messages(RedactingLoggingInterceptor.LOGGER_NAME)).containsExactly(
                "retry 1/2 of POST " + PATH + " in 250 ms after HTTP 403 CONCURRENCY_LIMIT_EXCEEDED",
                "retry 2/2 of POST " + PATH + " in 500 ms after HTTP 403 CONCURRENCY_LIMIT_EXCEEDED");
    }

    @Test
    void returnsTheLastResponseIntactWhenRetriesRunOut() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(403, CONCURRENCY));
        }

        try (Response response = client(RetryPolicy.defaults(), constant(0.5)).newCall(multipart()).execute()) {
            assertThat(response.code()).isEqualTo(403);
            assertThat(response.body().string()).isEqualTo(CONCURRENCY);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void backoffDoublesUpToTheMaximumWithFullJitter() throws Exception {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(403, CONCURRENCY));
        }
        RetryPolicy policy = RetryPolicy.builder()
                .maxRetries(5).initialBackoff(Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(3)).build();

        client(policy, sequence(0.0, 0.25, 0.5, 0.75, 0.999)).newCall(multipart()).execute().close();

        // Caps 500 ms, 1 s, 2 s, 3 s, 3 s, each scaled by its jitter draw.
        assertThat(sleeps).containsExactly(Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(1000),
                Duration.ofMillis(2250), Duration.ofMillis(2997));
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void doesNotRetryOtherErrorsByDefault() throws Exception {
        server.enqueue(json(400, "{\"error_message\":\"NO_SUCH_ID_NUMBER\"}"));
        server.enqueue(json(403, "{\"error_message\":\"AUTHORIZATION_ERROR: Denied.\"}"));
        server.enqueue(json(500, "{\"error_message\":\"INTERNAL_ERROR\"}"));
        server.enqueue(json(503, "<html>unavailable</html>"));
        OkHttpClient client = client(RetryPolicy.defaults(), constant(0.5));

        for (int expected : new int[] {400, 403, 500, 503}) {
            try (Response response = client.newCall(multipart()).execute()) {
                assertThat(response.code()).isEqualTo(expected);
            }
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesServerErrorsOnlyWhenOptedIn() throws Exception {
        server.enqueue(json(500, "{\"error_message\":\"INTERNAL_ERROR\"}"));
        server.enqueue(json(503, "<html>unavailable</html>"));
        server.enqueue(json(200, "{}"));
        RetryPolicy policy = RetryPolicy.builder().retryOnServerError(true).build();

        try (Response response = client(policy, constant(0.5)).newCall(multipart()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void neverRetriesAOneShotBody() throws Exception {
        server.enqueue(json(403, CONCURRENCY));
        server.enqueue(json(200, "{}"));
        Request request = new Request.Builder().url(server.url(PATH)).post(oneShot("JPEG")).build();

        try (Response response = client(RetryPolicy.defaults(), constant(0.5)).newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(403);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void neverRetriesAMultipartBodyWithAOneShotPart() throws Exception {
        server.enqueue(json(403, CONCURRENCY));
        server.enqueue(json(200, "{}"));
        MultipartBody body = new MultipartBody.Builder("b").setType(MultipartBody.FORM)
                .addFormDataPart("uuid", "u")
                .addFormDataPart("image_ref1", "r.jpg", oneShot("JPEG"))
                .build();
        Request request = new Request.Builder().url(server.url(PATH)).post(body).build();

        try (Response response = client(RetryPolicy.defaults(), constant(0.5)).newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(403);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesWhenTheConnectionIsRefused() throws Exception {
        HttpUrl closed = closedPortUrl();
        Request request = new Request.Builder().url(closed).post(multipart().body()).build();

        assertThatThrownBy(() -> client(RetryPolicy.defaults(), constant(0.5)).newCall(request).execute())
                .isInstanceOf(ConnectException.class);
        assertThat(attempts).hasValue(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(CapturedLogs.messages(RedactingLoggingInterceptor.LOGGER_NAME)).containsExactly(
                "retry 1/2 of POST " + PATH + " in 250 ms after ConnectException",
                "retry 2/2 of POST " + PATH + " in 500 ms after ConnectException");
    }

    @Test
    void doesNotRetryAReadTimeoutBecauseTheServerMayHaveTheRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        OkHttpClient client = client(RetryPolicy.defaults(), constant(0.5)).newBuilder()
                .readTimeout(200, TimeUnit.MILLISECONDS).build();

        assertThatThrownBy(() -> client.newCall(multipart()).execute()).isInstanceOf(SocketTimeoutException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(attempts).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void interruptedBackoffStopsWithInterruptedIOException() throws Exception {
        server.enqueue(json(403, CONCURRENCY));
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new RetryInterceptor(RetryPolicy.defaults(), constant(0.5), duration -> {
                    throw new InterruptedException();
                }))
                .build();

        try {
            assertThatThrownBy(() -> client.newCall(multipart()).execute())
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessage("interrupted while waiting to retry");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private OkHttpClient client(RetryPolicy policy, RandomGenerator jitter) {
        return new OkHttpClient.Builder()
                .addInterceptor(new RetryInterceptor(policy, jitter, sleeps::add))
                .addInterceptor(this::countAndTrackClose)
                .build();
    }

    // Sits inside the retry interceptor: sees every attempt and wraps each body to see it closed.
    private Response countAndTrackClose(Interceptor.Chain chain) throws IOException {
        attempts.incrementAndGet();
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        return response.newBuilder().body(new ResponseBody() {
            @Override
            public MediaType contentType() {
                return body.contentType();
            }

            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public BufferedSource source() {
                return body.source();
            }

            @Override
            public void close() {
                closedBodies.incrementAndGet();
                body.close();
            }
        }).build();
    }

    private Request multipart() {
        MultipartBody body = new MultipartBody.Builder("b")
                .setType(MultipartBody.FORM)
                .addFormDataPart("api_key", "k")
                .addFormDataPart("image_ref1", "a.jpg", RequestBody.create("JPEG".getBytes(), JPEG))
                .build();
        return new Request.Builder().url(server.url(PATH)).post(body).build();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static HttpUrl closedPortUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(port).encodedPath(PATH).build();
    }

    static RequestBody oneShot(String content) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return JPEG;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8(content);
            }

            @Override
            public boolean isOneShot() {
                return true;
            }
        };
    }

    private static RandomGenerator constant(double value) {
        return sequence(value);
    }

    /** Jitter draws in the given order; the last one repeats. */
    private static RandomGenerator sequence(double... values) {
        Deque<Double> draws = new ArrayDeque<>();
        for (double v : values) {
            draws.add(v);
        }
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only nextDouble is expected");
            }

            @Override
            public double nextDouble() {
                return draws.size() > 1 ? draws.poll() : draws.peek();
            }
        };
    }
}
