package dev.faceidkit.conformancetests.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.conformancetests.report.ConformanceLedger;
import dev.faceidkit.conformancetests.report.ExampleCheck;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.testsupport.process.PrismMockExtension;
import dev.faceidkit.testsupport.process.PrismMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request example, built with the SDK's request builders from the example's fields (files as small JPEGs
 * named as in the example) and sent to the Prism mock with {@code Prefer: code=200}: Prism finds no violation
 * (no {@code sl-violations} header, no 4xx), and the request on the wire carries exactly the example's fields
 * and values (file parts by file name). The sign is the SDK's own, fresh one.
 */
@ExtendWith(PrismMockExtension.class)
class SdkSendsEveryRequestExampleTest {

    private final Contract contract = ContractBundle.get().contract();

    @TestFactory
    Stream<DynamicTest> everyRequestExampleIsSentWithoutViolation(PrismMockServer prism) {
        return contract.requestExamples().stream().map(example -> dynamicTest(example.label(),
                () -> ConformanceLedger.check(example.operation().id(), ExampleCheck.SDK_REQUEST, example.name(),
                        () -> check(example, prism))));
    }

    private static void check(RequestExample example, PrismMockServer prism) {
        SdkCall call = SdkCall.of(example);
        ExchangeRecorder recorder = new ExchangeRecorder(Map.of("Prefer", "code=200"));
        try (FaceIdClient client = SdkClients.client(prism.baseUrl(), recorder)) {
            try {
                call.invoke(client);
            } catch (FaceIdApiException refused) {
                Response response = recorder.lastResponse();
                throw new AssertionError("Prism refused the SDK's request with " + response.code() + ", violations: "
                        + response.header("sl-violations") + ", body: " + refused.rawBody(), refused);
            }
            Response response = recorder.lastResponse();
            assertThat(response.header("sl-violations")).as("Prism's sl-violations header").isNull();
            assertThat(response.code()).as("status").isEqualTo(200);
            assertThat(WireForm.of(recorder.lastRequest())).as("fields on the wire")
                    .containsExactlyInAnyOrderEntriesOf(expectedWire(example, WireForm.of(recorder.lastRequest())));
        }
    }

    // The example's fields as text; the sign is the client's own (it signs every call), so only its presence counts.
    private static Map<String, String> expectedWire(RequestExample example, Map<String, String> wire) {
        Map<String, String> expected = new LinkedHashMap<>();
        example.fields().properties().forEach(e -> expected.put(e.getKey(), e.getValue().asText()));
        if (expected.containsKey("sign") && wire.containsKey("sign") && !wire.get("sign").isBlank()) {
            expected.put("sign", wire.get("sign"));
        }
        return expected;
    }
}
