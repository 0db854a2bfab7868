package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** get_result answers every status, liveness procedure and result variant, shaped by the query flags. */
class GetResultVariantsTest extends SandboxTestBase {

    @ParameterizedTest
    @CsvSource({
        "not-started, NOT_STARTED", "processing, PROCESSING", "webrtc-network-error, WEBRTC_UNSUPPORTED",
        "failed, FAILED", "cancelled, CANCELLED", "timeout, TIMEOUT", "docs-success, OK"})
    void everyStatus(String scenario, String status) {
        String bizId = newResult(KEY, scenario);

        JsonNode body = read(bizId, "");

        assertThat(body.path("status").asText()).isEqualTo(status);
        assertThat(body.at("/biz_info/biz_id").asText()).isEqualTo(bizId);
        assertThat(body.path("request_id").asText()).matches("[0-9]+,[0-9a-f-]{36}");
        if (!"OK".equals(status)) {
            assertThat(body.has("liveness_result")).isFalse();
            assertThat(body.has("verify_result")).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "webrtc-network-error, NETWORK_ERROR", "webrtc-permissions-error, PERMISSIONS_ERROR",
        "webrtc-support-error, SUPPORT_ERROR"})
    void failReasonOnlyWhenAskedFor(String scenario, String reason) {
        String bizId = newResult(KEY, scenario);

        assertThat(read(bizId, "").has("fail_reason")).isFalse();
        assertThat(read(bizId, "&get_fail_reason=1").path("fail_reason").asText()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({
        "docs-success, video, , PASS", "selfie-pass, selfie, , PASS", "still-record-pass, still, STILL_RECORD, PASS",
        "still-webrtc-multifaces, still, STILL_WEBRTC, PASS", "flash-pass, flash, , PASS",
        "meglive-flash-pass, meglive_flash, , PASS", "video-fail, video, , FAIL"})
    void everyProcedureType(String scenario, String procedure, String stillType, String result) {
        JsonNode liveness = read(newResult(KEY, scenario), "").path("liveness_result");

        assertThat(liveness.path("procedure_type").asText()).isEqualTo(procedure);
        assertThat(liveness.path("result").asText()).isEqualTo(result);
        assertThat(liveness.path("still_type").asText(null)).isEqualTo(stillType);
    }

    @ParameterizedTest
    @CsvSource({"selfie-pass, 0, 0", "selfie-inconsistent, 1, 0", "selfie-metadata-inconsistent, 0, 1",
        "selfie-not-jpg, 0, 2"})
    void selfieFields(String scenario, String inconsistent, String metadata) {
        JsonNode liveness = read(newResult(KEY, scenario), "").path("liveness_result");

        assertThat(liveness.at("/face_genuineness/selfie_inconsistent").asText()).isEqualTo(inconsistent);
        assertThat(liveness.at("/face_genuineness/selfie_metadata_inconsistent").asText()).isEqualTo(metadata);
        assertThat(liveness.at("/details/face_front").isObject()).isTrue();
        assertThat(liveness.at("/details/face_side").isObject()).isTrue();
    }

    @Test
    void faceReplacedOnlyForVideoAndRecordedStillLiveness() {
        assertThat(read(newResult(KEY, "video-face-replaced"), "").at("/liveness_result/face_genuineness/face_replaced")
                .asInt()).isEqualTo(1);
        assertThat(read(newResult(KEY, "still-record-pass"), "").at("/liveness_result/face_genuineness/face_replaced")
                .asInt()).isZero();
        assertThat(read(newResult(KEY, "still-webrtc-multifaces"), "").at("/liveness_result/face_genuineness")
                .has("face_replaced")).isFalse();
    }

    @Test
    void multifacesOnlyWhenAskedFor() {
        String several = newResult(KEY, "still-webrtc-multifaces");
        String one = newResult(KEY, "video-fail");

        assertThat(read(several, "").has("multifaces_tag")).isFalse();
        JsonNode tagged = read(several, "&return_multifaces_tag=1");
        assertThat(tagged.path("multifaces_tag").asText()).isEqualTo("1");
        assertThat(tagged.path("multifaces_image").asText()).startsWith("data:image/jpeg;base64,");
        JsonNode single = read(one, "&return_multifaces_tag=1");
        assertThat(single.path("multifaces_tag").asText()).isEqualTo("0");
        assertThat(single.path("multifaces_image").asText()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "docs-success, 1, image_best", "docs-success, 2, image_idcard_front", "docs-success, 3, image_idcard_back",
        "docs-success, 4, image_best image_idcard_back image_idcard_front", "selfie-pass, 5, image_face_front",
        "selfie-pass, 6, image_face_side", "selfie-pass, 4, image_best image_face_front image_face_side",
        "docs-success, 0, ''", "video-fail, 1, ''", "verify-data-source-error, 1, ''", "verify-internal-error, 1, ''",
        "verify-no-face-found, 1, image_best"})
    void imagesAsSelectedWhenLivenessPassedAndTheComparisonIsBilled(String scenario, int choice, String expected) {
        JsonNode images = read(newResult(KEY, scenario), "&return_image=" + choice).path("images");

        List<String> keys = new ArrayList<>();
        images.properties().forEach(entry -> keys.add(entry.getKey()));
        assertThat(keys).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(" "));
        images.forEach(image -> assertThat(image.asText()).startsWith("data:image/jpeg;base64,"));
    }

    @ParameterizedTest
    @CsvSource({
        "selfie-inconsistent, NO_SUCH_ID_NUMBER", "verify-id-number-name-not-match, ID_NUMBER_NAME_NOT_MATCH",
        "verify-image-error-unsupported-format, IMAGE_ERROR_UNSUPPORTED_FORMAT", "verify-no-face-found, NO_FACE_FOUND",
        "verify-data-source-error, DATA_SOURCE_ERROR", "verify-internal-error, INTERNAL_ERROR"})
    void everyComparisonError(String scenario, String error) {
        assertThat(read(newResult(KEY, scenario), "").at("/verify_result/error_message").asText()).isEqualTo(error);
    }

    @Test
    void verifyTimeOnlyWhenAskedFor() {
        long before = clock.instant().getEpochSecond();
        String bizId = newResult(KEY, "docs-success");

        assertThat(read(bizId, "").path("verify_result").has("verify_time")).isFalse();
        assertThat(read(bizId, "&return_verify_time=1").at("/verify_result/verify_time").asLong())
                .isBetween(before, before + 5);
    }

    @Test
    void theContractsExampleBizIdIsTheDocsSuccess() {
        JsonNode body = conforming("getResult", 200, http.get(
                getResultQuery(KEY, SECRET, "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1")));

        assertThat(body.at("/idcard_info/idcard_name").asText()).isEqualTo("陈AB");
        assertThat(body.at("/liveness_result/face_genuineness/synthetic_face_confidence").asDouble()).isEqualTo(0.88);
        assertThat(body.at("/idcard_info").has("ocr_front_quality")).as("no empty maps").isFalse();
    }

    @Test
    void aResultIsDestroyedAfterADay() {
        String bizId = newResult(KEY, "docs-success");
        read(bizId, "");

        clock.advance(Duration.ofDays(1));
        Reply reply = http.get(getResultQuery(KEY, SECRET, bizId));

        assertThat(reply.error()).isEqualTo("DATA_DESTROYED");
    }

    private JsonNode read(String bizId, String flags) {
        return conforming("getResult", 200, http.get(getResultQuery(KEY, SECRET, bizId) + flags));
    }
}
