package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.callWithMinimalRequest;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.generated.client.model.BizTokenResponse;
import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.internal.LenientJson;
import dev.faceidkit.sdk.testing.ContractExamples;
import dev.faceidkit.sdk.testing.ContractExamples.ResponseExample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every success example of the bundled contract, served to the SDK, deserialises into the generated model,
 * and the model written back with the SDK's mapper still holds every value the example holds.
 */
class ContractSuccessExamplesTest {

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
    Stream<DynamicTest> everySuccessExampleSurvivesTheModel() {
        List<ResponseExample> examples = ContractExamples.responseExamples().stream()
                .filter(e -> e.status() == 200).toList();
        assertThat(examples).extracting(ResponseExample::operationId)
                .contains("verify", "rawVerify", "getBizToken", "getResult").hasSizeGreaterThan(10);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> check(example)));
    }

    private void check(ResponseExample example) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", example.contentType())
                .setBody(JSON.writeValueAsString(example.value())));

        Object model = callWithMinimalRequest(client, example.operationId());

        assertThat(model).isExactlyInstanceOf(modelOf(example.operationId()));
        JsonNode written = LenientJson.MAPPER.valueToTree(model);
        List<String> lost = new ArrayList<>();
        collectLost("", example.value(), written, lost);
        assertThat(lost).as("values of the example missing after the round trip").isEmpty();
    }


    private static Class<?> modelOf(String operationId) {
        return switch (operationId) {
            case "verify" -> VerifyResponse.class;
            case "rawVerify" -> RawVerifyResponse.class;
            case "getBizToken" -> BizTokenResponse.class;
            default -> GetResultResponse.class;
        };
    }

    /** Walks the example; every scalar must be in the written tree at the same path with an equal value. */
    private static void collectLost(String path, JsonNode expected, JsonNode actual, List<String> lost) {
        if (actual == null || actual.isMissingNode()) {
            lost.add(path + " (absent)");
        } else if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                collectLost(path + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), lost);
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                collectLost(path + "/" + i, expected.get(i), actual.get(i), lost);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                lost.add(path + ": " + expected + " became " + actual);
            }
        } else if (!expected.equals(actual)) {
            lost.add(path + ": " + expected + " became " + actual);
        }
    }
}
