package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.callWithMinimalRequest;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.sdk.errors.AuthenticationException;
import dev.faceidkit.sdk.errors.BadRequestException;
import dev.faceidkit.sdk.errors.ConcurrencyLimitException;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.sdk.errors.FaceIdErrorCode;
import dev.faceidkit.sdk.errors.InternalServerException;
import dev.faceidkit.sdk.errors.NotFoundException;
import dev.faceidkit.sdk.errors.PermissionDeniedException;
import dev.faceidkit.sdk.errors.RequestTooLargeException;
import dev.faceidkit.sdk.testing.ContractExamples;
import dev.faceidkit.sdk.testing.ContractExamples.ResponseExample;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every named error example of the bundled contract (operation x error status x example) through the
 * SDK and checks the typed exception against the example and the response's {@code x-faceid-errors}.
 */
class ContractErrorExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private FaceIdClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientFor(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @TestFactory
    Stream<DynamicTest> everyErrorExampleBecomesTheMatchingTypedException() {
        return errorExamples().stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> check(example)));
    }

    @Test
    void everyDocumentedErrorCodeHasAnExampleReplayedAbove() {
        Set<String> documented = new HashSet<>();
        Set<String> exemplified = new HashSet<>();
        for (ResponseExample example : errorExamples()) {
            String key = example.operationId() + " " + example.status() + " ";
            example.faceidErrors().forEach(entry -> documented.add(key + entry.get("code").asText()));
            exemplified.add(key + expectedCode(example));
        }
        assertThat(documented).hasSizeGreaterThan(50);
        assertThat(exemplified).containsAll(documented);
    }

    private void check(ResponseExample example) throws Exception {
        server.enqueue(response(example));
        FaceIdApiException e = catchThrowableOfType(FaceIdApiException.class, () -> callWithMinimalRequest(client, example.operationId()));
        server.takeRequest();

        String code = expectedCode(example);
        String detail = expectedDetail(example);
        assertThat(e).as("exception").isNotNull().isExactlyInstanceOf(expectedType(example.status(), code));
        assertThat(e.httpStatus()).isEqualTo(example.status());
        assertThat(e.code()).isNotEqualTo(FaceIdErrorCode.UNKNOWN).isEqualTo(FaceIdErrorCode.valueOf(code));
        assertThat(e.detail()).isEqualTo(detail);
        JsonNode value = example.value();
        assertThat(e.requestId()).isEqualTo(value.hasNonNull("request_id") ? value.get("request_id").asText() : null);
        assertThat(e.timeUsed()).isEqualTo(value.hasNonNull("time_used") ? value.get("time_used").asInt() : null);
        assertThat(e.billed()).as("billed").isEqualTo(expectedBilled(example, code, detail));
        assertThat(e.getMessage()).doesNotContain(API_SECRET);
    }


    private static List<ResponseExample> errorExamples() {
        List<ResponseExample> examples = ContractExamples.responseExamples().stream().filter(e -> e.status() >= 400).toList();
        assertThat(examples).hasSizeGreaterThan(100);
        return examples;
    }

    private static MockResponse response(ResponseExample example) throws IOException {
        String body = example.value().isTextual() ? example.value().asText() : JSON.writeValueAsString(example.value());
        return new MockResponse().setResponseCode(example.status()).setHeader("Content-Type", example.contentType())
                .setBody(body);
    }

    private static String errorText(ResponseExample example) {
        JsonNode value = example.value();
        if (value.isTextual()) {
            return "REQUEST_ENTITY_TOO_LARGE";
        }
        return (value.has("error_message") ? value.get("error_message") : value.get("error")).asText();
    }

    private static String expectedCode(ResponseExample example) {
        String text = errorText(example);
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(0, colon)).trim();
    }

    private static String expectedDetail(ResponseExample example) {
        String text = errorText(example);
        int colon = text.indexOf(':');
        return colon < 0 ? null : text.substring(colon + 1).trim();
    }

    private static Class<? extends FaceIdApiException> expectedType(int status, String code) {
        return switch (status) {
            case 400 -> BadRequestException.class;
            case 403 -> switch (code) {
                case "AUTHENTICATION_ERROR" -> AuthenticationException.class;
                case "CONCURRENCY_LIMIT_EXCEEDED" -> ConcurrencyLimitException.class;
                default -> PermissionDeniedException.class;
            };
            case 404 -> NotFoundException.class;
            case 413 -> RequestTooLargeException.class;
            case 500 -> InternalServerException.class;
            default -> throw new AssertionError("status the contract does not use: " + status);
        };
    }

    /** The x-faceid-errors rule: billed, or billed when the detail is one of billed-when-detail. */
    private static boolean expectedBilled(ResponseExample example, String code, String detail) {
        for (JsonNode entry : example.faceidErrors()) {
            if (entry.get("code").asText().equals(code)) {
                boolean billedWhenDetail = false;
                for (JsonNode value : entry.path("billed-when-detail")) {
                    billedWhenDetail |= value.asText().equals(detail);
                }
                return entry.get("billed").asBoolean() || billedWhenDetail;
            }
        }
        throw new AssertionError(example + ": code " + code + " is not in x-faceid-errors");
    }
}
