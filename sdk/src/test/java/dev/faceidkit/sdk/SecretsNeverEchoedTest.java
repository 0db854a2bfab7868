package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.sdk.errors.FaceIdException;
import dev.faceidkit.sdk.http.RedactingLoggingInterceptor;
import dev.faceidkit.sdk.http.RetryPolicy;
import dev.faceidkit.sdk.testing.CapturedLogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A server that echoes the configured api_secret, or the sign a call sent, in every position a body allows:
 * neither ever reaches an exception's message, its {@code toString()}, its stack trace, its error body accessors or
 * a log line. Matched by value: the secrets here have the shapes of parameter names and codes, which a rule by
 * shape would let through.
 */
class SecretsNeverEchoedTest {

    /** Lower-case hex looks like a parameter name; upper-case like a code; the third has JSON and URL specials. */
    private static final List<String> SECRETS = List.of("a1b2c3d4e5f60718293a4b5c6d7e8f90",
            "SECRET_CODE_4711", "s3cr/t+v=lue\"x");
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    /** Where in an error body a server may put the echoed value. */
    private static final List<Function<String, String>> POSITIONS = List.of(
            v -> "{\"error_message\":\"BAD_ARGUMENTS: " + v + "\",\"request_id\":\"r\"}",
            v -> "{\"error_message\":\"BAD_ARGUMENTS:" + v + "\"}",
            v -> "{\"error_message\":\"" + v + "\"}",
            v -> "{\"error\":\"" + v + ": " + v + "\"}",
            v -> "{\"ERROR\":\"AUTHENTICATION_ERROR\",\"request_id\":\"" + v + "\"}",
            v -> "{\"error_message\":\"BAD_ARGUMENTS\",\"biz_no\":\"" + v + "\",\"echo\":{\"" + v + "\":[\"" + v
                    + "\"]}}",
            v -> "{\"error_message\":\"BAD_ARGUMENTS: " + unicodeEscaped(v) + "\"}",
            v -> "{\"error_message\":\"BAD_ARGUMENTS: " + v.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("/", "\\/") + "\"}",
            v -> "{\"error_message\":\"BAD_ARGUMENTS: " + URLEncoder.encode(v, StandardCharsets.UTF_8) + "\"}",
            v -> "<html><body>Request Entity Too Large " + v + "</body></html>",
            v -> v);

    @TestFactory
    Stream<DynamicTest> theApiSecretEchoedInAnErrorOfEveryOperation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String secret : SECRETS) {
            for (String operation : List.of("verify", "rawVerify", "getBizToken", "getResult")) {
                for (int i = 0; i < POSITIONS.size(); i++) {
                    Function<String, String> position = POSITIONS.get(i);
                    for (int status : List.of(400, 403, 413, 500)) {
                        tests.add(dynamicTest(operation + " " + status + " position " + i + " " + secret,
                                () -> assertNeverEchoed(secret, operation, c -> position.apply(secret), status)));
                    }
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theSignOfTheCallEchoedInAGetBizTokenError() {
        return POSITIONS.stream().map(position -> dynamicTest("position " + POSITIONS.indexOf(position),
                () -> assertNeverEchoed(SECRETS.get(0), "getBizToken", position, 400)));
    }

    @TestFactory
    Stream<DynamicTest> aSecretEchoedInASuccessBodyThatIsNotJsonOrInAStatusLine() {
        return SECRETS.stream().flatMap(secret -> Stream.of(
                dynamicTest("malformed 200 " + secret, () -> assertNeverEchoed(secret, "verify",
                        new MockResponse().setHeader("Content-Type", "application/json")
                                .setBody("{\"request_id\": " + secret + "}"))),
                dynamicTest("wrong type in 200 " + secret, () -> assertNeverEchoed(secret, "verify",
                        new MockResponse().setHeader("Content-Type", "application/json")
                                .setBody("{\"time_used\":\"" + secret + "\"}"))),
                dynamicTest("status line " + secret, () -> assertNeverEchoed(secret, "verify",
                        new MockResponse().setStatus("HTTP/1.1 " + secret)))));
    }

    private static void assertNeverEchoed(String secret, String operation, Function<String, String> body,
                                          int status) throws IOException {
        String[] sign = new String[1];
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    sign[0] = signOf(request.getBody().readUtf8());
                    String echoed = sign[0] == null ? secret : sign[0];
                    return json(status, body.apply(echoed)).setHeader("Content-Type",
                            "application/json; charset=UTF-8");
                }
            });
            server.start();
            check(secret, operation, server, () -> sign[0]);
        }
    }

    private static void assertNeverEchoed(String secret, String operation, MockResponse response)
            throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(response);
            server.start();
            check(secret, operation, server, () -> null);
        }
    }

    private static void check(String secret, String operation, MockWebServer server,
                              java.util.function.Supplier<String> sentSign) {
        CapturedLogs.clear();
        try (FaceIdClient client = FaceIdClient.builder().apiKey("test-api-key").apiSecret(secret)
                .baseUrl(server.url("/").toString()).clock(FIXED)
                .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).build()) {
            FaceIdException e = catchThrowableOfType(FaceIdException.class,
                    () -> TestClients.callWithMinimalRequest(client, operation));
            assertThat(e).as("the call fails").isNotNull();
            List<String> leaked = new ArrayList<>(List.of(e.getMessage(), e.toString(), stackTrace(e)));
            if (e instanceof dev.faceidkit.sdk.errors.FaceIdApiException api) {
                leaked.add(String.valueOf(api.detail()));
                leaked.add(String.valueOf(api.rawCode()));
                leaked.add(String.valueOf(api.requestId()));
                leaked.add(String.valueOf(api.bizNo()));
                leaked.add(String.valueOf(api.rawBody()));
                leaked.add(String.valueOf(api.rawJson().orElse(null)));
                leaked.add(String.valueOf(api.additionalProperties()));
            }
            leaked.addAll(CapturedLogs.messages(RedactingLoggingInterceptor.LOGGER_NAME));
            List<String> values = new ArrayList<>(List.of(secret));
            if (sentSign.get() != null) {
                values.add(sentSign.get());
            }
            for (String value : values) {
                assertThat(leaked).noneMatch(text -> text.contains(value)
                        || text.contains(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        }
    }

    /** The sign field of a multipart get_biz_token body; null for other operations. */
    private static String signOf(String body) {
        int name = body.indexOf("name=\"sign\"");
        if (name < 0) {
            return null;
        }
        int start = body.indexOf("\r\n\r\n", name) + 4;
        return body.substring(start, body.indexOf("\r\n", start));
    }

    private static String unicodeEscaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
