package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.file;
import static dev.faceidkit.sdk.TestClients.json;
import static dev.faceidkit.sdk.TestClients.sdkLogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.sdk.testing.CapturedLogs;
import dev.faceidkit.sdk.testing.SentMultipart;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Objects;

/** The exact multipart body of Raw-Verify, for both comparison types. */
class RawVerifyRequestWireTest {

    private static final String TEXT = " [text/plain; charset=utf-8]";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private FaceIdClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1210,\"biz_no\":\"flow-1\","
                + "\"liveness\":{\"procedure_validation\":\"PASSED\",\"face_genuineness\":\"PASSED\"}}"));
        client = clientFor(server).build();
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() throws IOException {
        assertThat(sdkLogs()).as("the SDK's log lines").contains("--> POST").doesNotContain(API_SECRET);
        client.close();
        server.shutdown();
    }

    @Test
    void dataSourceAfterRawValidateVideo() throws Exception {
        RawVerifyResponse response = client.rawVerify(RawVerifyRequest.builder()
                .token("1490012180,token-video-5b7c1f1e")
                .comparison(Comparison.dataSource("张三", "11010519491231002x"))
                .bizNo("flow-1")
                .livenessPreference(LivenessPreferences.VIDEO_STRICT)
                .build());

        assertThat(Objects.toString(response.getLiveness().getProcedureValidation(), null)).isEqualTo("PASSED");
        assertThat(response.getBizNo()).isEqualTo("flow-1");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getPath()).isEqualTo("/faceid/lite/raw/verify");
        assertThat(SentMultipart.summaries(sent)).containsExactly(
                "api_key=test-api-key" + TEXT,
                "api_secret=" + API_SECRET + TEXT,
                "token=1490012180,token-video-5b7c1f1e" + TEXT,
                "comparison_type=1" + TEXT,
                "biz_no=flow-1" + TEXT,
                "liveness_preferences=video_strict" + TEXT,
                "idcard_name=张三" + TEXT,
                "idcard_number=11010519491231002x" + TEXT);
    }

    @Test
    void referencePhotosAfterRawValidateSideFace() throws Exception {
        client.rawVerify(RawVerifyRequest.builder()
                .token("1490012180,token-side-face-8e2a41c9")
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromPath(file(dir, "r1.jpg", "R1")),
                        FileUpload.fromPath(file(dir, "r2.jpg", "R2"))))
                .livenessPreference(LivenessPreferences.SELFIE_NO_METADATA_CHECK)
                .multiOrientedDetection(true)
                .build());

        assertThat(SentMultipart.summaries(server.takeRequest())).containsExactly(
                "api_key=test-api-key" + TEXT,
                "api_secret=" + API_SECRET + TEXT,
                "token=1490012180,token-side-face-8e2a41c9" + TEXT,
                "comparison_type=0" + TEXT,
                "liveness_preferences=selfie_no_metadata_check" + TEXT,
                "multi_oriented_detection=1" + TEXT,
                "image_ref1; filename=r1.jpg [image/jpeg] <R1>",
                "image_ref2; filename=r2.jpg [image/jpeg] <R2>",
                "uuid=user-10001" + TEXT);
    }
}
