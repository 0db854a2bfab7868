package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.VERIFY_OK;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.file;
import static dev.faceidkit.sdk.TestClients.json;
import static dev.faceidkit.sdk.TestClients.sdkLogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.testing.CapturedLogs;
import dev.faceidkit.sdk.testing.SentMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact multipart body of each Verify 2.0.6 variant. */
class VerifyRequestWireTest {

    private static final String TEXT = " [text/plain; charset=utf-8]";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private FaceIdClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        server.enqueue(json(200, VERIFY_OK));
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
    void dataSourceWithEveryMegLiveImageAndAnExtraField() throws Exception {
        VerifyRequest request = VerifyRequest.builder()
                .comparison(Comparison.dataSource("张三", "11010519491231002X",
                        FileUpload.fromPath(file(dir, "ref1.jpg", "REF1-BYTES"))))
                .faceImage(FaceImage.megLive("delta-from-sdk", FileUpload.fromPath(file(dir, "best.jpg", "BEST")))
                        .withImageEnv(FileUpload.fromPath(file(dir, "env.png", "ENV")))
                        .withActionImages(FileUpload.fromPath(file(dir, "a1.jpeg", "A1")),
                                FileUpload.fromPath(file(dir, "a2.jpg", "A2")),
                                FileUpload.fromPath(file(dir, "a3.jpg", "A3")))
                        .withCheckDelta(true))
                .multiOrientedDetection(true)
                .extraField("data_source_image_update_status", "1")
                .build();

        VerifyResponse response = client.verify(request);

        assertThat(response.getRequestId()).isEqualTo("1763701122,0b9d6a1e");
        assertThat(response.getResultFaceid().getThresholds().getOneInAThousand()).isEqualTo(62.169);
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getPath()).isEqualTo("/faceid/v2/verify");
        assertThat(SentMultipart.summaries(sent)).containsExactly(
                "api_key=test-api-key" + TEXT,
                "api_secret=" + API_SECRET + TEXT,
                "comparison_type=1" + TEXT,
                "face_image_type=meglive" + TEXT,
                "multi_oriented_detection=1" + TEXT,
                "idcard_name=张三" + TEXT,
                "idcard_number=11010519491231002X" + TEXT,
                "image_ref1; filename=ref1.jpg [image/jpeg] <REF1-BYTES>",
                "delta=delta-from-sdk" + TEXT,
                "image_best; filename=best.jpg [image/jpeg] <BEST>",
                "image_env; filename=env.png [image/png] <ENV>",
                "image_action1; filename=a1.jpeg [image/jpeg] <A1>",
                "image_action2; filename=a2.jpg [image/jpeg] <A2>",
                "image_action3; filename=a3.jpg [image/jpeg] <A3>",
                "check_delta=1" + TEXT,
                "data_source_image_update_status=1" + TEXT);
        String logs = sdkLogs();
        assertThat(logs).contains("--> POST", "image_best: file \"best.jpg\", image/jpeg, 4 bytes",
                "data_source_image_update_status = \"1\"", "idcard_name = ***", "idcard_number = ***");
        assertThat(logs).doesNotContain(API_SECRET, "张三", "11010519491231002X", "REF1-BYTES", "BEST");
    }

    @Test
    void everyTextPartCarriesOnlyItsNameTypeAndEncoding() throws Exception {
        client.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-1", FileUpload.fromBytes(new byte[] {1}, "r.jpg")))
                .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
                .build());

        SentMultipart.Part comparisonType = SentMultipart.parse(server.takeRequest()).get(2);
        assertThat(comparisonType.headers().toString()).isEqualToIgnoringNewLines(""
                + "Content-Disposition: form-data; name=\"comparison_type\""
                + "Content-Transfer-Encoding: binary"
                + "Content-Type: text/plain; charset=UTF-8"
                + "Content-Length: 1");
        assertThat(comparisonType.body()).containsExactly('0');
    }

    @Test
    void referencePhotosWithAFaceToken() throws Exception {
        client.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-10001",
                        FileUpload.fromPath(file(dir, "r1.jpg", "R1")),
                        FileUpload.fromPath(file(dir, "r2.JPG", "R2")),
                        FileUpload.fromBytes("R3".getBytes(StandardCharsets.UTF_8), "r3.jpg", "image/jpeg")))
                .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
                .build());

        assertThat(SentMultipart.summaries(server.takeRequest())).containsExactly(
                "api_key=test-api-key" + TEXT,
                "api_secret=" + API_SECRET + TEXT,
                "comparison_type=0" + TEXT,
                "face_image_type=facetoken" + TEXT,
                "image_ref1; filename=r1.jpg [image/jpeg] <R1>",
                "image_ref2; filename=r2.JPG [image/jpeg] <R2>",
                "image_ref3; filename=r3.jpg [image/jpeg] <R3>",
                "uuid=user-10001" + TEXT,
                "face_token=5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b" + TEXT);
    }

    @Test
    void rawImageWithEveryOptionFromBytesAndAStream() throws Exception {
        client.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromStream(
                        new ByteArrayInputStream("STREAMED".getBytes(StandardCharsets.UTF_8)), "ref.bin")))
                .faceImage(FaceImage.rawImage(FileUpload.fromBytes("RAW".getBytes(StandardCharsets.UTF_8), "face"),
                        RawImageOptions.defaults().failWhenMultipleFaces(false).faceQualityThreshold(0)
                                .returnFaces(true)))
                .build());

        assertThat(SentMultipart.summaries(server.takeRequest())).containsExactly(
                "api_key=test-api-key" + TEXT,
                "api_secret=" + API_SECRET + TEXT,
                "comparison_type=0" + TEXT,
                "face_image_type=raw_image" + TEXT,
                "image_ref1; filename=ref.bin [application/octet-stream] <STREAMED>",
                "uuid=user-10001" + TEXT,
                "image; filename=face [application/octet-stream] <RAW>",
                "fail_when_multiple_faces=0" + TEXT,
                "face_quality_threshold=0" + TEXT,
                "return_faces=1" + TEXT);
    }

    @Test
    void megLiveFlashResultWithDefaultOptionsSendsNoOptionalField() throws Exception {
        client.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromPath(file(dir, "r.jpg", "R"))))
                .faceImage(FaceImage.megLiveFlash(FileUpload.fromPath(file(dir, "content_file", "FLASH"))))
                .build());

        assertThat(SentMultipart.summaries(server.takeRequest())).containsExactly(
                "api_key=test-api-key" + TEXT,
                "api_secret=" + API_SECRET + TEXT,
                "comparison_type=0" + TEXT,
                "face_image_type=meglive_flash" + TEXT,
                "image_ref1; filename=r.jpg [image/jpeg] <R>",
                "uuid=user-10001" + TEXT,
                "meglive_flash_result; filename=content_file [application/octet-stream] <FLASH>");
    }

    @Test
    void aRequestCanBeSentTwiceWithTheSameFilesFromDisk() throws Exception {
        server.enqueue(json(200, VERIFY_OK));
        VerifyRequest request = VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("u", FileUpload.fromPath(file(dir, "r.jpg", "R"))))
                .faceImage(FaceImage.rawImage(FileUpload.fromPath(file(dir, "i.jpg", "I"))))
                .build();

        client.verify(request);
        client.verify(request);

        List<String> first = SentMultipart.summaries(server.takeRequest());
        assertThat(SentMultipart.summaries(server.takeRequest())).isEqualTo(first);
    }
}
