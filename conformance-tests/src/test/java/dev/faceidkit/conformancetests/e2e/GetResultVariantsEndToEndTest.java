package dev.faceidkit.conformancetests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.sdk.GetResultRequest;
import dev.faceidkit.sdk.ReturnImage;
import dev.faceidkit.sdk.errors.BadRequestException;
import dev.faceidkit.sdk.errors.FaceIdErrorCode;
import dev.faceidkit.sdk.errors.PermissionDeniedException;
import dev.faceidkit.testsupport.process.SandboxProcess;
import dev.faceidkit.testsupport.process.SandboxProcessExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Objects;

/**
 * The SDK against the sandbox: get_result for every status and liveness procedure the sandbox's scenarios
 * cover, each on a fresh record (reads are limited), with the objects each status documents present or absent;
 * the record-level errors and the fourth read as typed errors.
 */
@ExtendWith(SandboxProcessExtension.class)
class GetResultVariantsEndToEndTest {

    /** A scenario and what its typed result must show; null procedure: no liveness result yet. */
    private record Scenario(String name, String status, String procedure, String result, String failReason) {
    }

    @TestFactory
    Stream<DynamicTest> everyStatusAndProcedure(SandboxProcess sandbox) {
        Sandboxed s = new Sandboxed(sandbox);
        List<Scenario> scenarios = List.of(
                new Scenario("docs-success", "OK", "video", "PASS", null),
                new Scenario("not-started", "NOT_STARTED", null, null, null),
                new Scenario("processing", "PROCESSING", null, null, null),
                new Scenario("webrtc-network-error", "WEBRTC_UNSUPPORTED", null, null, "NETWORK_ERROR"),
                new Scenario("webrtc-permissions-error", "WEBRTC_UNSUPPORTED", null, null, "PERMISSIONS_ERROR"),
                new Scenario("webrtc-support-error", "WEBRTC_UNSUPPORTED", null, null, "SUPPORT_ERROR"),
                new Scenario("failed", "FAILED", null, null, null),
                new Scenario("cancelled", "CANCELLED", null, null, null),
                new Scenario("timeout", "TIMEOUT", null, null, null),
                new Scenario("video-fail", "OK", "video", "FAIL", null),
                new Scenario("video-face-replaced", "OK", "video", "FAIL", null),
                new Scenario("selfie-pass", "OK", "selfie", "PASS", null),
                new Scenario("selfie-inconsistent", "OK", "selfie", "FAIL", null),
                new Scenario("still-record-pass", "OK", "still", "PASS", null),
                new Scenario("still-webrtc-multifaces", "OK", "still", "PASS", null),
                new Scenario("flash-pass", "OK", "flash", "PASS", null),
                new Scenario("meglive-flash-pass", "OK", "meglive_flash", "PASS", null));
        Stream<DynamicTest> each = scenarios.stream().map(sc -> dynamicTest(sc.name(), () -> check(s, sc)));
        return Stream.concat(each, Stream.of(
                dynamicTest("record error: VIDEO_FACE_OCCLUDE", () -> checkRecordError(s)),
                dynamicTest("fourth read: DATA_DESTROYED", () -> checkFourthRead(s))));
    }

    private static void check(Sandboxed s, Scenario scenario) {
        GetResultResponse response = s.client.getResult(GetResultRequest.builder()
                .bizId(s.fixtures.liteResult(scenario.name())).returnVerifyTime(true).returnImage(ReturnImage.ALL)
                .getFailReason(true).returnMultifacesTag(true).build());
        assertThat(response.getRequestId()).matches(Sandboxed.REQUEST_ID);
        assertThat(Objects.toString(response.getStatus(), null)).isEqualTo(scenario.status());
        assertThat(response.getBizInfo()).as("biz_info").isNotNull();
        assertThat(Objects.toString(response.getFailReason(), null)).isEqualTo(scenario.failReason());
        if (scenario.procedure() == null) {
            assertThat(response.getLivenessResult()).as("liveness_result before the flow ended").isNull();
            assertThat(response.getVerifyResult()).as("verify_result before the flow ended").isNull();
            assertThat(response.getIdcardInfo()).as("idcard_info before the flow ended").isNull();
            return;
        }
        assertThat(Objects.toString(response.getLivenessResult().getProcedureType(), null)).isEqualTo(scenario.procedure());
        assertThat(Objects.toString(response.getLivenessResult().getResult(), null)).isEqualTo(scenario.result());
        assertThat(response.getMultifacesTag()).as("multifaces_tag with return_multifaces_tag=1").isNotNull();
        if (scenario.name().equals("docs-success")) {
            assertThat(response.getIdcardInfo()).as("idcard_info of the docs' example").isNotNull();
            assertThat(response.getVerifyResult().getResultFaceid()).as("result_faceid").isNotNull();
            assertThat(response.getVerifyResult().getIdExceptions()).as("id_exceptions").isNotNull();
        }
        if (response.getVerifyResult() != null) {
            assertThat(response.getVerifyResult().getVerifyTime()).as("verify_time with return_verify_time=1")
                    .isNotNull();
        }
        if ("PASS".equals(scenario.result())) {
            assertThat(response.getImages()).as("images of a passed flow with return_image=4").isNotNull();
        }
    }

    private static void checkRecordError(Sandboxed s) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> s.client.getResult(
                GetResultRequest.builder().bizId(s.fixtures.liteResult("video-face-occlude")).build()));
        assertThat(e).as("BadRequestException").isNotNull();
        assertThat(e.code()).isEqualTo(FaceIdErrorCode.VIDEO_FACE_OCCLUDE);
        assertThat(e.requestId()).matches(Sandboxed.REQUEST_ID);
    }

    private static void checkFourthRead(Sandboxed s) {
        GetResultRequest request = GetResultRequest.builder().bizId(s.fixtures.liteResult("docs-success")).build();
        for (int read = 1; read <= 3; read++) {
            assertThat(Objects.toString(s.client.getResult(request).getStatus(), null)).as("read " + read).isEqualTo("OK");
        }
        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> s.client.getResult(request));
        assertThat(e).as("PermissionDeniedException on the fourth read").isNotNull();
        assertThat(e.code()).isEqualTo(FaceIdErrorCode.DATA_DESTROYED);
        assertThat(e.httpStatus()).isEqualTo(403);
    }
}
