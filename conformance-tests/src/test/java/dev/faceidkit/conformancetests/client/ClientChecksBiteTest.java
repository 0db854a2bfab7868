package dev.faceidkit.conformancetests.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.conformancetests.contract.ResponseExample;
import dev.faceidkit.conformancetests.support.JsonContainment;
import dev.faceidkit.sdk.errors.FaceIdErrors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The client-side checks report what they exist for: a field a typed model drops or changes, an exception of
 * the wrong class or with the wrong code, detail or billing, and an example field the SDK mapping leaves out.
 */
class ClientChecksBiteTest {

    private final Contract contract = ContractBundle.get().contract();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDroppedOrChangedFieldIsReported() throws Exception {
        ObjectNode example = (ObjectNode) json.readTree("{\"a\": {\"b\": 64, \"c\": [1, 2]}, \"d\": \"x\"}");
        assertThat(JsonContainment.missingOrDifferent(example, json.readTree(
                "{\"a\": {\"b\": 64.0, \"c\": [1, 2], \"extra\": 1}, \"d\": \"x\"}"))).isEmpty();
        assertThat(JsonContainment.missingOrDifferent(example, json.readTree("{\"a\": {\"b\": 64, \"c\": [1, 2]}}")))
                .containsExactly("/d is missing (expected \"x\")");
        assertThat(JsonContainment.missingOrDifferent(example, json.readTree(
                "{\"a\": {\"b\": 65, \"c\": [1]}, \"d\": \"x\"}"))).hasSize(2);
        assertThat(JsonContainment.missingOrDifferent(json.readTree("{\"e\": null}"), json.readTree("{}"))).isEmpty();
        assertThat(JsonContainment.missingOrDifferent(json.readTree("{\"e\": null}"), json.readTree("{\"e\": 1}")))
                .hasSize(1);
    }

    @Test
    void aWrongTypedErrorIsReported() {
        ResponseExample billedDataSource = responseExample("verify", 400, "NO_FACE_FOUND_data_source");
        TypedErrorCheck check = new TypedErrorCheck(contract);
        assertThat(check.problems(billedDataSource, FaceIdErrors.fromResponse(400, "application/json",
                bytes(billedDataSource.value().toString())))).isEmpty();
        assertThat(check.problems(billedDataSource, FaceIdErrors.fromResponse(400, "application/json",
                bytes(billedDataSource.value().toString().replace("data_source", "image")))))
                .contains("detail is image, expected data_source", "billed is false, expected true");
        assertThat(check.problems(billedDataSource, FaceIdErrors.fromResponse(403, "application/json",
                bytes(billedDataSource.value().toString())))).singleElement().asString()
                .startsWith("expected BadRequestException");
    }

    @Test
    void anExampleFieldTheSdkRequestDoesNotCarryIsReported() {
        RequestExample example = contract.requestExamples().get(0);
        ObjectNode fields = example.fields().deepCopy();
        fields.put("data_source_image_update_status", "1");
        assertThatThrownBy(() -> SdkCall.of(new RequestExample(example.operation(), example.name(), fields,
                example.schema()))).hasMessageContaining("data_source_image_update_status");
    }

    private ResponseExample responseExample(String operationId, int status, String name) {
        return contract.responseExamples().stream().filter(e -> e.operation().id().equals(operationId)
                && e.status() == status && e.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
