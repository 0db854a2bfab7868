package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.faceidkit.generated.client.model.FaceGenuineness;
import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.errors.BadRequestException;
import dev.faceidkit.sdk.errors.FaceIdErrorCode;
import dev.faceidkit.sdk.errors.MalformedResponseException;
import dev.faceidkit.sdk.errors.RequestTooLargeException;
import dev.faceidkit.sdk.errors.UnexpectedStatusException;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Objects;

/** Shapes real FaceID traffic takes that the documents do not show. */
class LenientResponsesTest {

    private static final FileUpload PHOTO = FileUpload.fromBytes(new byte[] {1}, "p.jpg", "image/jpeg");
    private static final VerifyRequest VERIFY = VerifyRequest.builder()
            .comparison(Comparison.referencePhotos("u", PHOTO)).faceImage(FaceImage.faceToken("t")).build();

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
    void errorUnderTheUpperCaseErrorKeyWithoutTimeUsed() {
        server.enqueue(json(400, "{\"ERROR\":\"BAD_ARGUMENTS:uuid\",\"request_id\":\"r-1\"}"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.verify(VERIFY));

        assertThat(e.code()).isEqualTo(FaceIdErrorCode.BAD_ARGUMENTS);
        assertThat(e.detail()).isEqualTo("uuid");
        assertThat(e.requestId()).isEqualTo("r-1");
        assertThat(e.timeUsed()).isNull();
        assertThat(e.billed()).isFalse();
    }

    @Test
    void codeAndDetailWithoutASpaceAfterTheColon() {
        server.enqueue(json(400, "{\"error_message\":\"NO_FACE_FOUND:data_source\",\"request_id\":\"r\",\"time_used\":6}"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.verify(VERIFY));

        assertThat(e.code()).isEqualTo(FaceIdErrorCode.NO_FACE_FOUND);
        assertThat(e.detail()).isEqualTo("data_source");
        assertThat(e.billed()).isTrue();
        assertThat(e.getMessage()).isEqualTo("HTTP 400 NO_FACE_FOUND: data_source (request_id=r, billed=true)");
    }

    @Test
    void anHtmlPageFor413() {
        server.enqueue(new MockResponse().setResponseCode(413).setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>413 Request Entity Too Large</title></head><body><center>"
                        + "<h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>"));

        RequestTooLargeException e = catchThrowableOfType(RequestTooLargeException.class, () -> client.verify(VERIFY));

        assertThat(e.code()).isEqualTo(FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE);
        assertThat(e.billed()).isFalse();
    }

    @Test
    void anUnknownCodeIsKeptRawAndASecretEchoedInTheDetailIsWithheld() {
        server.enqueue(json(400, "{\"error_message\":\"SOMETHING_NEW: " + API_SECRET + "\",\"request_id\":\"r\"}"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.verify(VERIFY));

        assertThat(e.code()).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(e.rawCode()).isEqualTo("SOMETHING_NEW");
        assertThat(e.getMessage()).isEqualTo("HTTP 400 SOMETHING_NEW: <detail withheld> (request_id=r, billed=false)");
    }

    @Test
    void aSuccessWithExtraFieldsAndWithoutTimeUsedOrIdExceptions() {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"result_faceid\":{\"confidence\":81.2,\"thresholds\":"
                + "{\"1e-3\":62.1,\"1e-4\":69.1,\"1e-5\":73.9,\"1e-6\":78.0,\"1e-7\":82.0}},\"risk_level\":\"low\","
                + "\"face_genuineness\":{\"synthetic_face_confidence\":0.01,\"synthetic_face_threshold\":0.5,"
                + "\"mask_confidence\":0.0,\"mask_threshold\":0.5,\"face_replaced\":2,\"deepfake_score\":0.1}}"));

        VerifyResponse response = client.verify(VERIFY);

        assertThat(response.getTimeUsed()).isNull();
        assertThat(response.getIdExceptions()).isNull();
        assertThat(response.getResultFaceid().getThresholds().getOneInAMillion()).isEqualTo(78.0);
        // face_replaced lists 0 and 1: a new value is kept as sent and says it is unknown, not a failure.
        FaceGenuineness.FaceReplacedEnum replaced = response.getFaceGenuineness().getFaceReplaced();
        assertThat(replaced.value()).isEqualTo(2);
        assertThat(replaced.isKnown()).isFalse();
        assertThat(replaced).isEqualTo(FaceGenuineness.FaceReplacedEnum.of(2))
                .isNotIn(FaceGenuineness.FaceReplacedEnum.knownValues());
    }

    @Test
    void newValuesOfOpenEnumerationsAreKeptAsSent() {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"liveness\":"
                + "{\"procedure_validation\":\"VIDEO_NEW_CHECK_FAILED\",\"face_genuineness\":\"DEEPFAKE\"}}"));
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"status\":\"ARCHIVED\","
                + "\"multifaces_tag\":\"7\",\"liveness_result\":{\"result\":\"RETRY\",\"procedure_type\":\"hologram\"}}"));

        RawVerifyResponse raw = client.rawVerify(RawVerifyRequest.builder().token("t")
                .comparison(Comparison.referencePhotos("u", PHOTO)).build());
        GetResultResponse result = client.getResult(GetResultRequest.builder().bizId("b").build());

        assertThat(Objects.toString(raw.getLiveness().getProcedureValidation(), null))
                .isEqualTo("VIDEO_NEW_CHECK_FAILED");
        assertThat(raw.getLiveness().getProcedureValidation().isKnown()).isFalse();
        assertThat(Objects.toString(raw.getLiveness().getFaceGenuineness(), null)).isEqualTo("DEEPFAKE");
        assertThat(Objects.toString(result.getStatus(), null)).isEqualTo("ARCHIVED");
        assertThat(Objects.toString(result.getLivenessResult().getResult(), null)).isEqualTo("RETRY");
        assertThat(Objects.toString(result.getLivenessResult().getProcedureType(), null)).isEqualTo("hologram");
        assertThat(result.getMultifacesTag().value()).isEqualTo("7");
        assertThat(result.getMultifacesTag().isKnown()).isFalse();
    }

    @Test
    void aSuccessStatusWithABodyThatIsNotJson() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>maintenance</html>"));

        MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
                () -> client.verify(VERIFY));

        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.getMessage()).isEqualTo("HTTP 200 with a body that is not a VerifyResponse JSON document"
                + " (JsonParseException at line 1, column 1); the call was processed and may have been billed");
    }

    @Test
    void undocumentedStatusesAndRedirectsAreNotFollowed() {
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", server.url("/elsewhere")));
        server.enqueue(json(429, "{\"error_message\":\"RATE_LIMITED\"}"));

        UnexpectedStatusException redirect = catchThrowableOfType(UnexpectedStatusException.class,
                () -> client.verify(VERIFY));
        UnexpectedStatusException tooMany = catchThrowableOfType(UnexpectedStatusException.class,
                () -> client.verify(VERIFY));

        assertThat(redirect.httpStatus()).isEqualTo(307);
        assertThat(tooMany.httpStatus()).isEqualTo(429);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
