package dev.faceidkit.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FaceIdErrorCodeTest {

    @Test
    void listsEveryDocumentedCodePlusUnknown() {
        assertThat(Arrays.stream(FaceIdErrorCode.values()).map(Enum::name)).containsExactlyInAnyOrder(
                "MISSING_ARGUMENTS", "BAD_ARGUMENTS", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND",
                "NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "INVALID_IMAGE_SIZE", "MULTIPLE_FACES",
                "LOW_QUALITY", "INVALID_FACE_TOKEN", "INVALID_NAME_FORMAT", "INVALID_IDCARD_NUMBER",
                "DATA_VALIDATION_ERROR", "DATA_SOURCE_ERROR", "DELTA_USED", "MEGLIVE_BIZ_NO_USED", "INVALID_TOKEN",
                "RESULT_NOT_FOUND", "VIDEO_FACE_OCCLUDE", "MESSAGE_ENCRYPTION_ERROR", "DATA_DESTROYED",
                "AUTHENTICATION_ERROR", "AUTHORIZATION_ERROR", "CONCURRENCY_LIMIT_EXCEEDED", "API_NOT_FOUND",
                "INTERNAL_ERROR", "REQUEST_ENTITY_TOO_LARGE", "UNKNOWN");
    }

    @Test
    void fromWireFindsDocumentedCodesAndFallsBackToUnknown() {
        assertThat(FaceIdErrorCode.fromWire("NO_FACE_FOUND")).isEqualTo(FaceIdErrorCode.NO_FACE_FOUND);
        assertThat(FaceIdErrorCode.fromWire(" DELTA_USED ")).isEqualTo(FaceIdErrorCode.DELTA_USED);
        assertThat(FaceIdErrorCode.fromWire("SOMETHING_NEW")).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(FaceIdErrorCode.fromWire("no_face_found")).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(FaceIdErrorCode.fromWire(null)).isEqualTo(FaceIdErrorCode.UNKNOWN);
    }

    @Test
    void dataSourceLookupsAreAlwaysBilled() {
        for (String detail : new String[] {null, "data_source", "image"}) {
            assertThat(billed(FaceIdErrorCode.NO_SUCH_ID_NUMBER, detail)).isTrue();
            assertThat(billed(FaceIdErrorCode.ID_NUMBER_NAME_NOT_MATCH, detail)).isTrue();
        }
    }

    @Test
    void imageErrorsAreBilledOnlyForTheDataSourcePhoto() {
        for (FaceIdErrorCode code : EnumSet.of(FaceIdErrorCode.IMAGE_ERROR_UNSUPPORTED_FORMAT,
                FaceIdErrorCode.NO_FACE_FOUND)) {
            assertThat(billed(code, "data_source")).as(code.name()).isTrue();
            assertThat(billed(code, "image")).as(code.name()).isFalse();
            assertThat(billed(code, "image_ref1")).as(code.name()).isFalse();
            assertThat(billed(code, null)).as(code.name()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = FaceIdErrorCode.class, mode = EnumSource.Mode.EXCLUDE, names = {
            "NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND"})
    void everyOtherCodeIsFree(FaceIdErrorCode code) {
        for (String detail : new String[] {null, "data_source", "image_ref1"}) {
            assertThat(billed(code, detail)).isFalse();
        }
    }

    /** Billing as the SDK reports it on an error body with this code and detail. */
    private static boolean billed(FaceIdErrorCode code, String detail) {
        String text = detail == null ? code.name() : code.name() + ": " + detail;
        return FaceIdErrorBody.parse("application/json",
                ("{\"error_message\": \"" + text + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)).billed();
    }
}
