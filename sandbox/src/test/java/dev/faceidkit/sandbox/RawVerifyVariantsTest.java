package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.images.TestImages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw-Verify answers every procedure_validation and face_genuineness value and the comparisons they allow. */
class RawVerifyVariantsTest extends SandboxTestBase {

    @ParameterizedTest
    @CsvSource({
        "1763700000,token-video-sr-error, VIDEO_SR_ERROR",
        "1763700000,token-video-not-synchronized, VIDEO_NOT_SYNCHRONIZED",
        "1763700000,token-video-face-inconsistent, VIDEO_FACE_INCONSISTENT",
        "1763700000,token-side-face-inconsistent, SELFIE_INCONSISTENT",
        "1763700000,token-side-face-metadata-inconsistent, SELFIE_METADATA_INCONSISTENT"})
    void aFailedProcedureReturnsOnlyItsValidation(String issued, String id, String procedure) {
        JsonNode body = conforming("rawVerify", 200, http.post(RAW_VERIFY,
                rawVerifyForm().text("token", issued + "," + id)));

        assertThat(body.at("/liveness/procedure_validation").asText()).isEqualTo(procedure);
        assertThat(body.path("liveness").has("face_genuineness")).isFalse();
        assertThat(body.has("result_ref1")).isFalse();
        assertThat(body.path("biz_no").asText()).isEqualTo("biz-20261121-0001");
    }

    @Test
    void theMetadataCheckCanBeSkipped() {
        JsonNode body = conforming("rawVerify", 200, http.post(RAW_VERIFY, rawVerifyForm()
                .text("token", "1763700000,token-side-face-metadata-inconsistent")
                .text("liveness_preferences", "selfie_no_metadata_check")));

        assertThat(body.at("/liveness/procedure_validation").asText()).isEqualTo("PASSED");
        assertThat(body.at("/liveness/face_genuineness").asText()).isEqualTo("PASSED");
    }

    @ParameterizedTest
    @CsvSource({
        "1490012180,token-video-5b7c1f1e, PASSED",
        "1763700000,token-video-mask, MASK",
        "1763700000,token-video-screen-replay, SCREEN_REPLAY",
        "1763700000,token-video-facegen, FACEGEN"})
    void aPassedProcedureReportsGenuinenessAndCompares(String issued, String id, String genuineness) {
        JsonNode body = conforming("rawVerify", 200, http.post(RAW_VERIFY, rawVerifyForm()
                .text("token", issued + "," + id).file("image_ref2", TestImages.photo(3))));

        assertThat(body.at("/liveness/procedure_validation").asText()).isEqualTo("PASSED");
        assertThat(body.at("/liveness/face_genuineness").asText()).isEqualTo(genuineness);
        assertThat(body.at("/result_ref1/confidence").asDouble()).isGreaterThan(78.038);
        assertThat(body.at("/result_ref2/confidence").asDouble()).isLessThan(62.169);
    }

    @Test
    void dataSourceComparisonComparesWithTheSourcePhoto() {
        JsonNode body = conforming("rawVerify", 200, http.post(RAW_VERIFY, credentials(KEY, SECRET)
                .text("token", "1490012180,token-video-5b7c1f1e").text("comparison_type", "1")
                .text("idcard_name", NORMAL_NAME).text("idcard_number", NORMAL_ID)));

        assertThat(body.at("/result_faceid/confidence").asDouble()).isGreaterThan(78.038);
        assertThat(body.at("/id_exceptions/id_photo_monochrome").asInt()).isZero();
        assertThat(body.has("biz_no")).isFalse();
    }

    @Test
    void createdTokensCarryTheirOutcomeAndFaceAndExpireAfterAnHour() {
        byte[] face = TestImages.photo(11);
        Reply created = http.post("/sandbox/raw-tokens", Form.of().text("flow", "side_face")
                .text("face_genuineness", "MASK").file("image", face));
        String token = created.json().path("token").asText();
        Form form = rawVerifyForm().text("token", token).file("image_ref1", face);

        JsonNode body = conforming("rawVerify", 200, http.post(RAW_VERIFY, form));
        clock.advance(Duration.ofMinutes(61));
        Reply expired = http.post(RAW_VERIFY, form);

        assertThat(created.status()).isEqualTo(201);
        assertThat(token).matches("[0-9]+,token-side-face-.+");
        assertThat(body.at("/liveness/face_genuineness").asText()).isEqualTo("MASK");
        assertThat(body.at("/result_ref1/confidence").asDouble()).isGreaterThan(78.038);
        assertThat(expired.error()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void aTokenIsOnlyValidForTheKeyItWasIssuedTo() {
        String token = http.post("/sandbox/raw-tokens", Form.of().text("api_key", "sandbox-no-data-source-key"))
                .json().path("token").asText();

        assertThat(http.post(RAW_VERIFY, rawVerifyForm().text("token", token)).error()).isEqualTo("INVALID_TOKEN");
        conforming("rawVerify", 200, http.post(RAW_VERIFY, rawVerifyForm().text("token", token)
                .text("api_key", "sandbox-no-data-source-key").text("api_secret", "sandbox-no-data-source-secret")));
    }
}
