package dev.faceidkit.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.sdk.testing.CapturedLogs;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class RedactingLoggingInterceptorTest {

    private static final String LOGGER = RedactingLoggingInterceptor.LOGGER_NAME;
    private static final String SECRET = "Zk3pQ9vXa7LmN2bR";
    private static final String SIGN =
            "NYdFDQP/+bGv8rWn8kkI1ZIBWy5hPWZhY2VpZC10ZXN0LWtleSZiPTE3MDAwMDAzMDAmYz0xNzAwMDAwMDAwJmQ9Mw==";
    private static final String FILE_BYTES = "JPEG-FILE-BYTES-MARKER";
    private static final MediaType JPEG = MediaType.get("image/jpeg");
    private static final MediaType TEXT = MediaType.get("text/plain; charset=UTF-8");
    private static final String DURATION = " \\(\\d+ ms\\)";

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client =
            new OkHttpClient.Builder().addInterceptor(new RedactingLoggingInterceptor()).build();

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
    void logsAMultipartRequestWithoutCredentialsOrFileBytes() throws Exception {
        String image = "data:image/jpeg;base64," + "A".repeat(200);
        String responseJson = "{\"request_id\":\"1531397037,c1223c5b-c2f6-4bb7-8cbb-8993497ddbe0\",\"time_used\":18,"
                + "\"images\":{\"image_best\":\"" + image + "\"}}";
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(responseJson));
        HttpUrl url = server.url("/faceid/v3/sdk/get_biz_token");
        MultipartBody body = new MultipartBody.Builder("test-boundary")
                .setType(MultipartBody.FORM)
                .addFormDataPart("api_key", "key-123")
                .addFormDataPart("api_secret", SECRET)
                .addFormDataPart("sign", SIGN)
                .addPart(retrofitStylePart("sign_version", "hmac_sha1"))
                .addPart(retrofitStylePart("idcard_name", "line\nbreak \"quoted\""))
                .addFormDataPart("delta", "d".repeat(100))
                .addFormDataPart("image_ref1", "face.jpg", RequestBody.create(FILE_BYTES.getBytes(), JPEG))
                .addPart(RequestBody.create("no headers", TEXT))
                .build();
        Request request = new Request.Builder().url(url).post(body)
                .header("Authorization", "Bearer " + SECRET)
                .header("X-Api-Secret", SECRET)
                .header("X-Trace", "t1")
                .build();

        try (Response response = client.newCall(request).execute()) {
            assertThat(response.body().string()).isEqualTo(responseJson);
        }

        List<String> logged = CapturedLogs.messages(LOGGER);
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).isEqualTo(String.join("\n",
                "--> POST " + url,
                "Authorization: ***",
                "X-Api-Secret: ***",
                "X-Trace: t1",
                "body: multipart/form-data; boundary=test-boundary",
                "  part api_key = \"key-123\"",
                "  part api_secret = ***",
                "  part sign = ***",
                "  part sign_version = \"hmac_sha1\"",
                "  part idcard_name = \"line\\nbreak \\\"quoted\\\"\"",
                "  part delta = <100 chars elided>",
                "  part image_ref1: file \"face.jpg\", image/jpeg, 22 bytes",
                "  part (unnamed) = \"no headers\""));
        assertResponseLog(logged.get(1), "<-- 200 OK POST " + url,
                "body: application/json, " + responseJson.length() + " bytes",
                "{\"request_id\":\"1531397037,c1223c5b-c2f6-4bb7-8cbb-8993497ddbe0\",\"time_used\":18,"
                        + "\"images\":{\"image_best\":\"<223 chars elided>\"}}");
        assertThat(CapturedLogs.events(LOGGER)).extracting(CapturedLogs.Event::level).containsOnly(Level.DEBUG);
        assertNothingSensitiveLogged();
        // The body went out whole: describing it consumed nothing.
        assertThat(server.takeRequest().getBody().readUtf8()).contains(SECRET, SIGN, FILE_BYTES);
    }

    @Test
    void redactsQueryParametersAndUrlEncodedFields() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
        HttpUrl url = server.url("/faceid/lite/get_result").newBuilder()
                .addQueryParameter("api_key", "key-123")
                .addQueryParameter("api_secret", SECRET)
                .addQueryParameter("SIGN", SIGN)
                .addQueryParameter("biz_id", "1461740007,71eeb124")
                .build();
        FormBody form = new FormBody.Builder()
                .add("api_key", "key-123")
                .add("api_secret", SECRET)
                .add("sign", SIGN)
                .add("return_image", "1")
                .build();

        client.newCall(new Request.Builder().url(url).post(form).build()).execute().close();

        String redactedUrl = server.url("/faceid/lite/get_result")
                + "?api_key=key-123&api_secret=***&SIGN=***&biz_id=1461740007%2C71eeb124";
        List<String> logged = CapturedLogs.messages(LOGGER);
        assertThat(logged.get(0)).isEqualTo(String.join("\n",
                "--> POST " + redactedUrl,
                "body: application/x-www-form-urlencoded",
                "  field api_key = \"key-123\"",
                "  field api_secret = ***",
                "  field sign = ***",
                "  field return_image = \"1\""));
        assertResponseLog(logged.get(1), "<-- 200 OK POST " + redactedUrl, "body: application/json, 2 bytes", "{}");
        assertNothingSensitiveLogged();
    }

    @Test
    void neverReadsOneShotBodies() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));
        server.enqueue(new MockResponse().setResponseCode(204));
        AtomicInteger partWrites = new AtomicInteger();
        AtomicInteger bodyWrites = new AtomicInteger();
        MultipartBody multipart = new MultipartBody.Builder("b")
                .setType(MultipartBody.FORM)
                .addFormDataPart("comment", null, countingOneShot(null, "hello", partWrites))
                .build();
        HttpUrl url = server.url("/upload");

        client.newCall(new Request.Builder().url(url).post(multipart).build()).execute().close();
        client.newCall(new Request.Builder().url(url)
                .post(countingOneShot(JPEG, FILE_BYTES, bodyWrites)).build()).execute().close();

        assertThat(partWrites).hasValue(1);
        assertThat(bodyWrites).hasValue(1);
        List<String> logged = CapturedLogs.messages(LOGGER);
        assertThat(logged.get(0)).isEqualTo(String.join("\n",
                "--> POST " + url,
                "body: multipart/form-data; boundary=b",
                "  part comment: text, 5 bytes (not read)"));
        assertThat(logged.get(2)).isEqualTo(String.join("\n",
                "--> POST " + url,
                "body: image/jpeg, 22 bytes (not logged)"));
        assertNothingSensitiveLogged();
    }

    @Test
    void logsThePlainTextTooLargeBody() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(413).setStatus("HTTP/1.1 413 Request Entity Too Large")
                .setHeader("Content-Type", "text/plain").setBody("Request Entity Too Large"));
        HttpUrl url = server.url("/faceid/v2/verify");

        client.newCall(new Request.Builder().url(url).get().build()).execute().close();

        List<String> logged = CapturedLogs.messages(LOGGER);
        assertThat(logged.get(0)).isEqualTo("--> GET " + url);
        assertResponseLog(logged.get(1), "<-- 413 Request Entity Too Large GET " + url,
                "body: text/plain, 24 bytes", "Request Entity Too Large");
    }

    @Test
    void cutsAJsonBodyLargerThanThePeekLimitAndLeavesItWholeForTheCaller() throws Exception {
        String image = "B".repeat(300 * 1024);
        String responseJson = "{\"request_id\":\"r\",\"images\":{\"image_best\":\"" + image + "\"}}";
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(responseJson));
        HttpUrl url = server.url("/faceid/lite/get_result");

        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.body().string()).isEqualTo(responseJson);
        }

        assertResponseLog(CapturedLogs.messages(LOGGER).get(1), "<-- 200 OK GET " + url,
                "body: application/json, " + responseJson.length() + " bytes",
                "{\"request_id\":\"r\",\"images\":{\"image_best\" ...(cut)");
    }

    @Test
    void describesButDoesNotPrintBinaryResponses() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(FILE_BYTES));
        HttpUrl url = server.url("/image");

        client.newCall(new Request.Builder().url(url).build()).execute().close();

        assertResponseLog(CapturedLogs.messages(LOGGER).get(1), "<-- 200 OK GET " + url,
                "body: image/jpeg, 22 bytes", "(not text, not logged)");
        assertNothingSensitiveLogged();
    }

    @Test
    void redactsExtraFieldsWhenAsked() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));
        OkHttpClient piiSafe = new OkHttpClient.Builder()
                .addInterceptor(new RedactingLoggingInterceptor(List.of("IDCARD_NUMBER"))).build();
        FormBody form = new FormBody.Builder().add("idcard_number", "11010119900307001X").add("sign", SIGN).build();
        HttpUrl url = server.url("/faceid/v2/verify");

        piiSafe.newCall(new Request.Builder().url(url).post(form).build()).execute().close();

        assertThat(CapturedLogs.messages(LOGGER).get(0)).isEqualTo(String.join("\n",
                "--> POST " + url,
                "body: application/x-www-form-urlencoded",
                "  field idcard_number = ***",
                "  field sign = ***"));
    }

    @Test
    void logsAFailedCallAndRethrows() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpUrl url = HttpUrl.get("http://127.0.0.1:" + port + "/faceid/v3/sdk/get_biz_token?sign=" + "x".repeat(8));

        assertThatThrownBy(() -> client.newCall(new Request.Builder().url(url).build()).execute())
                .isInstanceOf(ConnectException.class);

        List<String> logged = CapturedLogs.messages(LOGGER);
        assertThat(logged).hasSize(2);
        assertThat(logged.get(1)).matches("<-- HTTP FAILED GET http://127\\.0\\.0\\.1:" + port
                + "/faceid/v3/sdk/get_biz_token\\?sign=\\*\\*\\*" + DURATION + ": java\\.net\\.ConnectException: .*");
        assertThat(String.join("\n", logged)).doesNotContain("xxxxxxxx");
    }

    @Test
    void elidesLongStringsAndMarksMalformedJson() {
        String json = "[{\"a\":\"" + "z".repeat(65) + "\",\"b\":\"" + "y".repeat(64) + "\",\"n\":1.5,\"t\":true}]";

        assertThat(RedactingLoggingInterceptor.elideLongStrings(json, false))
                .isEqualTo("[{\"a\":\"<65 chars elided>\",\"b\":\"" + "y".repeat(64) + "\",\"n\":1.5,\"t\":true}]");
        assertThat(RedactingLoggingInterceptor.elideLongStrings("{\"a\":1,}", false))
                .isEqualTo("{\"a\":1 ...(malformed JSON)");
    }

    @Test
    void masksTheScalarValuesOfRedactedKeysInJsonResponses() {
        String json = "{\"idcard_info\":{\"idcard_name\":\"陈AB\",\"IDCARD_NUMBER\":\"110105199106020018\","
                + "\"idcard_mode\":\"1\"},\"idcard_name\":null,\"names\":[\"idcard_name\"]}";

        assertThat(RedactingLoggingInterceptor.elideLongStrings(json, false, Set.of("idcard_name", "idcard_number")))
                .isEqualTo("{\"idcard_info\":{\"idcard_name\":\"***\",\"IDCARD_NUMBER\":\"***\",\"idcard_mode\":\"1\"},"
                        + "\"idcard_name\":null,\"names\":[\"idcard_name\"]}");
    }

    private static void assertResponseLog(String message, String statusLine, String... rest) {
        String[] lines = message.split("\n", -1);
        assertThat(lines[0]).matches(Pattern.quote(statusLine) + DURATION);
        assertThat(List.of(lines).subList(1, lines.length)).containsExactly(rest);
    }

    private static void assertNothingSensitiveLogged() {
        String all = String.join("\n", CapturedLogs.messages(LOGGER));
        assertThat(all).doesNotContain(SECRET).doesNotContain(SIGN).doesNotContain(FILE_BYTES)
                .doesNotContain(URLEncoder.encode(SIGN, StandardCharsets.UTF_8));
    }

    // Retrofit's @Part builds parts with its own headers and a text/plain body.
    private static MultipartBody.Part retrofitStylePart(String name, String value) {
        return MultipartBody.Part.create(
                Headers.of("Content-Disposition", "form-data; name=\"" + name + "\"",
                        "Content-Transfer-Encoding", "binary"),
                RequestBody.create(value, TEXT));
    }

    private static RequestBody countingOneShot(MediaType type, String content, AtomicInteger writes) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return bytes.length;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                writes.incrementAndGet();
                sink.write(bytes);
            }

            @Override
            public boolean isOneShot() {
                return true;
            }
        };
    }
}
