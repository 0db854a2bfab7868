package dev.faceidkit.conformancetests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.conformancetests.server.SandboxFixtures;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.sdk.RawVerifyRequest;
import dev.faceidkit.sdk.LivenessPreferences;
import dev.faceidkit.sdk.errors.BadRequestException;
import dev.faceidkit.sdk.errors.FaceIdErrorCode;
import dev.faceidkit.testsupport.images.TestImages;
import dev.faceidkit.testsupport.process.SandboxProcess;
import dev.faceidkit.testsupport.process.SandboxProcessExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Objects;

/**
 * The SDK against the sandbox: Raw-Verify under every documented fixture token (sandbox/TEST-INPUTS.md), with
 * the typed liveness outcome, comparisons only when the procedure passed, and biz_no echoed; data-source
 * comparison with the identity variants; an invalid token as a typed error that still echoes biz_no.
 */
@ExtendWith(SandboxProcessExtension.class)
class RawVerifyVariantsEndToEndTest {

    private static final String BIZ_NO = "e2e-raw-verify";

    private record TokenCase(String token, LivenessPreferences preference, String procedure, String genuineness) {
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureToken(SandboxProcess sandbox) {
        Sandboxed s = new Sandboxed(sandbox);
        List<TokenCase> cases = List.of(
                new TokenCase("1490012180,token-video-5b7c1f1e", null, "PASSED", "PASSED"),
                new TokenCase("1490012180,token-side-face-8e2a41c9", null, "PASSED", "PASSED"),
                new TokenCase("1763700000,token-video-sr-error", null, "VIDEO_SR_ERROR", null),
                new TokenCase("1763700000,token-video-not-synchronized", null, "VIDEO_NOT_SYNCHRONIZED", null),
                new TokenCase("1763700000,token-video-face-inconsistent", null, "VIDEO_FACE_INCONSISTENT", null),
                new TokenCase("1763700000,token-side-face-inconsistent", null, "SELFIE_INCONSISTENT", null),
                new TokenCase("1763700000,token-side-face-metadata-inconsistent", null, "SELFIE_METADATA_INCONSISTENT",
                        null),
                new TokenCase("1763700000,token-side-face-metadata-inconsistent",
                        LivenessPreferences.SELFIE_NO_METADATA_CHECK, "PASSED", "PASSED"),
                new TokenCase("1763700000,token-video-mask", null, "PASSED", "MASK"),
                new TokenCase("1763700000,token-video-screen-replay", null, "PASSED", "SCREEN_REPLAY"),
                new TokenCase("1763700000,token-video-facegen", null, "PASSED", "FACEGEN"));
        Stream<DynamicTest> tokens = cases.stream().map(c -> dynamicTest(c.token()
                + (c.preference() == null ? "" : " with " + c.preference().wireValue()), () -> checkToken(s, c)));
        return Stream.concat(tokens, Stream.of(
                dynamicTest("data source: 张三", () -> checkIdentity(s, SandboxFixtures.NORMAL_ID, "张三", 0, 0)),
                dynamicTest("data source: 李四, monochrome photo", () -> checkIdentity(s, "110105199003071239", "李四", 0, 1)),
                dynamicTest("data source: 王五, attacked", () -> checkIdentity(s, "440304198506123455", "王五", 1, 0)),
                dynamicTest("two reference photos: result_ref1 and result_ref2", () -> checkTwoReferences(s)),
                dynamicTest("expired token: INVALID_TOKEN", () -> checkInvalidToken(s))));
    }

    private static void checkTwoReferences(Sandboxed s) {
        RawVerifyResponse response = s.client.rawVerify(RawVerifyRequest.builder()
                .token("1490012180,token-side-face-8e2a41c9").comparison(Comparison.referencePhotos("user-10001",
                        s.photo("ref1.png"), FileUpload.fromBytes(TestImages.faceJpeg(3), "ref2.jpg", "image/jpeg")))
                .build());
        assertThat(response.getResultRef1()).as("result_ref1").isNotNull();
        assertThat(response.getResultRef2()).as("result_ref2").isNotNull();
        assertThat(response.getResultRef2().getConfidence()).as("confidence of another face")
                .isLessThan(response.getResultRef2().getThresholds().getOneInAThousand());
        assertThat(response.getResultRef3()).as("result_ref3 without image_ref3").isNull();
    }

    private static void checkToken(Sandboxed s, TokenCase c) {
        RawVerifyResponse response = s.client.rawVerify(RawVerifyRequest.builder().token(c.token()).bizNo(BIZ_NO)
                .comparison(Comparison.referencePhotos("user-10001", s.photo("ref1.png")))
                .livenessPreference(c.preference()).build());
        assertThat(response.getRequestId()).matches(Sandboxed.REQUEST_ID);
        assertThat(response.getBizNo()).as("biz_no echoed").isEqualTo(BIZ_NO);
        assertThat(Objects.toString(response.getLiveness().getProcedureValidation(), null)).isEqualTo(c.procedure());
        assertThat(Objects.toString(response.getLiveness().getFaceGenuineness(), null)).isEqualTo(c.genuineness());
        if (c.genuineness() == null) {
            assertThat(response.getResultRef1()).as("no comparison when the procedure failed").isNull();
        } else {
            assertThat(response.getResultRef1()).as("result_ref1").isNotNull();
            assertThat(response.getResultRef1().getConfidence())
                    .isGreaterThanOrEqualTo(response.getResultRef1().getThresholds().getOneInAMillion());
        }
        assertThat(response.getResultFaceid()).isNull();
        assertThat(response.getIdExceptions()).isNull();
    }

    private static void checkIdentity(Sandboxed s, String number, String name, int attacked, int monochrome) {
        RawVerifyResponse response = s.client.rawVerify(RawVerifyRequest.builder()
                .token("1490012180,token-video-5b7c1f1e").comparison(Comparison.dataSource(name, number)).build());
        assertThat(Objects.toString(response.getLiveness().getProcedureValidation(), null)).isEqualTo("PASSED");
        assertThat(response.getResultFaceid()).as("result_faceid").isNotNull();
        assertThat(response.getIdExceptions()).as("id_exceptions").isNotNull();
        assertThat(response.getIdExceptions().getIdAttacked().value()).isEqualTo(attacked);
        assertThat(response.getIdExceptions().getIdPhotoMonochrome().value()).isEqualTo(monochrome);
        assertThat(response.getBizNo()).as("no biz_no sent, none echoed").isNull();
    }

    private static void checkInvalidToken(Sandboxed s) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> s.client.rawVerify(
                RawVerifyRequest.builder().token("1763700000,token-video-expired").bizNo(BIZ_NO)
                        .comparison(Comparison.referencePhotos("user-10001", s.photo("ref1.png"))).build()));
        assertThat(e).as("BadRequestException").isNotNull();
        assertThat(e.code()).isEqualTo(FaceIdErrorCode.INVALID_TOKEN);
        assertThat(e.bizNo()).as("biz_no echoed on failure").isEqualTo(BIZ_NO);
        assertThat(e.requestId()).matches(Sandboxed.REQUEST_ID);
        assertThat(e.billed()).isFalse();
    }
}
