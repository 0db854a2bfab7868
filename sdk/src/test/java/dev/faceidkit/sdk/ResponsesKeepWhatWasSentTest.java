package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.generated.client.model.FaceGenuineness;
import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.IdExceptions;
import dev.faceidkit.generated.client.model.LiteVerifyResult;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.errors.BadRequestException;
import dev.faceidkit.sdk.internal.LenientJson;
import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real-world response bodies: fields the contract does not declare, misspelt keys and new enumeration values
 * stay reachable on the model that held them, and every model gives the JSON it was read from.
 */
class ResponsesKeepWhatWasSentTest {

    private static final FileUpload PHOTO = FileUpload.fromBytes(new byte[] {1}, "p.jpg", "image/jpeg");
    private static final VerifyRequest VERIFY = VerifyRequest.builder()
            .comparison(Comparison.dataSource("张三", "11010519491231002X")).faceImage(FaceImage.faceToken("t"))
            .build();
    private static final String VERIFY_WITH_EXTRAS = "{\"request_id\":\"r\",\"time_used\":5,"
            + "\"data_source_image_update_status\":2,\"reqest_id\":\"typo\","
            + "\"result_faceid\":{\"confidence\":81.2,\"thresholds\":{\"1e-3\":62.1,\"1e-4\":69.1,\"1e-5\":73.9,"
            + "\"1e-6\":78.0,\"1e-7\":82.5},\"quality_note\":{\"blur\":0.1}},"
            + "\"id_exceptions\":{\"id_attacked\":0,\"id_photo_monochrome\":3},"
            + "\"face_genuineness\":{\"synthetic_face_confidence\":0.01,\"synthetic_face_threshold\":0.5,"
            + "\"mask_confidence\":0.0,\"mask_threshold\":0.5,\"face_replaced\":7}}";

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

    @Test
    void undeclaredFieldsAreKeptOnTheObjectThatHeldThem() {
        server.enqueue(json(200, VERIFY_WITH_EXTRAS));

        VerifyResponse response = client.verify(VERIFY);

        assertThat(response._additionalProperties())
                .containsExactly(Map.entry("data_source_image_update_status", 2), Map.entry("reqest_id", "typo"));
        assertThat(response._additionalProperty("data_source_image_update_status")).hasValue(2);
        assertThat(response._additionalProperty("absent")).isEmpty();
        assertThat(response.getResultFaceid()._additionalProperties())
                .containsExactly(Map.entry("quality_note", Map.of("blur", 0.1)));
        assertThat(response.getResultFaceid().getThresholds()._additionalProperties())
                .containsExactly(Map.entry("1e-7", 82.5));
        assertThat(response.getIdExceptions()._additionalProperties()).isEmpty();
    }

    @Test
    void everyModelGivesTheJsonItWasReadFrom() {
        server.enqueue(json(200, VERIFY_WITH_EXTRAS));

        VerifyResponse response = client.verify(VERIFY);

        JsonNode raw = response._rawJson().orElseThrow();
        assertThat(raw.path("reqest_id").asText()).isEqualTo("typo");
        assertThat(raw.path("result_faceid").path("thresholds").path("1e-7").asDouble()).isEqualTo(82.5);
        assertThat(response.getResultFaceid().getThresholds()._rawJson().orElseThrow())
                .isEqualTo(raw.path("result_faceid").path("thresholds"));
        assertThat(response.getFaceGenuineness()._rawJson().orElseThrow().path("face_replaced").asInt())
                .isEqualTo(7);
        assertThat(new VerifyResponse()._rawJson()).as("a model built in code").isEmpty();
    }

    @Test
    void aNewValueOfAClosedEnumerationIsKeptAsSentAndSaysItIsUnknown() {
        server.enqueue(json(200, VERIFY_WITH_EXTRAS));

        VerifyResponse response = client.verify(VERIFY);

        IdExceptions.IdAttackedEnum attacked = response.getIdExceptions().getIdAttacked();
        IdExceptions.IdPhotoMonochromeEnum monochrome = response.getIdExceptions().getIdPhotoMonochrome();
        FaceGenuineness.FaceReplacedEnum replaced = response.getFaceGenuineness().getFaceReplaced();
        assertThat(attacked).isSameAs(IdExceptions.IdAttackedEnum.VALUE_0);
        assertThat(attacked.isKnown()).isTrue();
        assertThat(monochrome.value()).isEqualTo(3);
        assertThat(monochrome.isKnown()).isFalse();
        assertThat(monochrome.toString()).isEqualTo("3");
        assertThat(replaced.value()).isEqualTo(7);
        assertThat(replaced.isKnown()).isFalse();
        assertThat(FaceGenuineness.FaceReplacedEnum.knownValues())
                .containsExactly(FaceGenuineness.FaceReplacedEnum.VALUE_0, FaceGenuineness.FaceReplacedEnum.VALUE_1);
    }

    @Test
    void unknownValuesAndUndeclaredFieldsRoundTrip() throws Exception {
        server.enqueue(json(200, VERIFY_WITH_EXTRAS));

        VerifyResponse response = client.verify(VERIFY);
        JsonNode written = LenientJson.MAPPER.valueToTree(response);

        assertThat(written.path("face_genuineness").path("face_replaced").asInt()).isEqualTo(7);
        assertThat(written.path("id_exceptions").path("id_photo_monochrome").asInt()).isEqualTo(3);
        assertThat(written.path("data_source_image_update_status").asInt()).isEqualTo(2);
        assertThat(written.path("result_faceid").path("thresholds").path("1e-7").asDouble()).isEqualTo(82.5);
        assertThat(LenientJson.MAPPER.treeToValue(written, VerifyResponse.class)).isEqualTo(response);
    }

    @Test
    void stringEnumerationsFollowTheSameRule() {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"status\":\"OK\",\"multifaces_tag\":\"1\"}"));
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"status\":\"OK\",\"multifaces_tag\":\"9\"}"));

        GetResultResponse known = client.getResult(GetResultRequest.builder().bizId("b").build());
        GetResultResponse unknown = client.getResult(GetResultRequest.builder().bizId("b").build());

        assertThat(known.getMultifacesTag()).isSameAs(GetResultResponse.MultifacesTagEnum.VALUE_1);
        assertThat(unknown.getMultifacesTag().value()).isEqualTo("9");
        assertThat(unknown.getMultifacesTag().isKnown()).isFalse();
    }

    @Test
    void vendorKeysThatAreNotSnakeCaseHaveReadableAccessors() {
        server.enqueue(json(200, VERIFY_WITH_EXTRAS));

        VerifyResponse response = client.verify(VERIFY);

        assertThat(response.getResultFaceid().getThresholds().getOneInAThousand()).isEqualTo(62.1);
        assertThat(response.getResultFaceid().getThresholds().getOneInAMillion()).isEqualTo(78.0);
    }

    @Test
    void anExplicitNullIsToldApartFromAnAbsentField() {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"status\":\"OK\","
                + "\"verify_result\":{\"error_message\":null},\"images\":null}"));
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"status\":\"OK\",\"verify_result\":{}}"));

        GetResultResponse sentNull = client.getResult(GetResultRequest.builder().bizId("b").build());
        GetResultResponse leftOut = client.getResult(GetResultRequest.builder().bizId("b").build());

        assertThat(sentNull.getVerifyResult().getErrorMessage()).isNull();
        assertThat(sentNull.getVerifyResult()._isExplicitNull(LiteVerifyResult.JSON_PROPERTY_ERROR_MESSAGE)).isTrue();
        assertThat(sentNull._isExplicitNull(GetResultResponse.JSON_PROPERTY_IMAGES)).isTrue();
        assertThat(leftOut.getVerifyResult().getErrorMessage()).isNull();
        assertThat(leftOut.getVerifyResult()._hasField(LiteVerifyResult.JSON_PROPERTY_ERROR_MESSAGE)).isFalse();
        assertThat(leftOut.getVerifyResult()._isExplicitNull(LiteVerifyResult.JSON_PROPERTY_ERROR_MESSAGE)).isFalse();
        assertThat(leftOut._hasField(GetResultResponse.JSON_PROPERTY_IMAGES)).isFalse();
    }

    @Test
    void anErrorBodyKeepsItsUndeclaredFieldsAndItsJson() {
        server.enqueue(json(400, "{\"error_message\":\"BAD_ARGUMENTS:uuid\",\"request_id\":\"r\",\"time_used\":3,"
                + "\"hint\":\"uuid too long\",\"retry_after\":null}"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.verify(VERIFY));

        assertThat(e.additionalProperties()).containsOnlyKeys("hint", "retry_after");
        assertThat(e.additionalProperties().get("hint").asText()).isEqualTo("uuid too long");
        assertThat(e.additionalProperties().get("retry_after").isNull()).as("an explicit null stays a null").isTrue();
        assertThat(e.rawJson().orElseThrow().path("time_used").asInt()).isEqualTo(3);
    }
}
