package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_KEY;
import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.file;
import static dev.faceidkit.sdk.TestClients.json;
import static dev.faceidkit.sdk.TestClients.sdkLogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.generated.client.model.BizTokenResponse;
import dev.faceidkit.sdk.http.RetryPolicy;
import dev.faceidkit.signing.BizTokenSignature;
import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.signing.DecodedBizTokenSign;
import dev.faceidkit.sdk.testing.CapturedLogs;
import dev.faceidkit.sdk.testing.SentMultipart;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.random.RandomGenerator;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact multipart body of each get_biz_token liveness type, and the sign the client computes. */
class BizTokenRequestWireTest {

    private static final String TEXT = " [text/plain; charset=utf-8]";
    private static final String OK = "{\"biz_token\":\"1531397038,f0b9eea0\",\"time_used\":18,"
            + "\"request_id\":\"1531397037,c1223c5b\"}";
    private static final long NOW = 1_763_683_200L;
    private static final long RANDOM = 2_718_281_828L;

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private FaceIdClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        server.enqueue(json(200, OK));
        client = signingClient(API_KEY, API_SECRET, Duration.ofMinutes(5));
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() throws IOException {
        assertThat(sdkLogs()).as("the SDK's log lines").contains("--> POST").doesNotContain(API_SECRET);
        client.close();
        server.shutdown();
    }

    @Test
    void kycWithStillLivenessIsSignedWithTheInjectedClockAndRandom() throws Exception {
        BizTokenResponse response = client.getBizToken(BizTokenRequest.builder()
                .liveness(Liveness.still().withEyesCloseDetection(true).withLivenessTimeout(60))
                .comparison(Comparison.dataSource("张三", "11010519491231002X"))
                .bizNo("order-20261121-0001")
                .build());

        assertThat(response.getBizToken()).isEqualTo("1531397038,f0b9eea0");
        BizTokenSignature expected = BizTokenSigner.sign(API_KEY, API_SECRET, NOW, NOW + 300, "2718281828");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getPath()).isEqualTo("/faceid/v3/sdk/get_biz_token");
        assertThat(SentMultipart.summaries(sent)).containsExactly(
                "sign=" + expected.sign() + TEXT,
                "sign_version=hmac_sha1" + TEXT,
                "liveness_type=still" + TEXT,
                "comparison_type=1" + TEXT,
                "biz_no=order-20261121-0001" + TEXT,
                "liveness_timeout=60" + TEXT,
                "idcard_name=张三" + TEXT,
                "idcard_number=11010519491231002X" + TEXT,
                "eyes_close_detection=1" + TEXT);
        DecodedBizTokenSign decoded = DecodedBizTokenSign.decode(expected.sign());
        assertThat(decoded.payload().toRawString())
                .isEqualTo("a=test-api-key&b=1763683500&c=1763683200&d=2718281828");
        assertThat(sdkLogs()).contains("sign = ***").doesNotContain(expected.sign(), API_SECRET, "张三");
    }

    @Test
    void theSignMatchesTheContractsOwnExample() throws Exception {
        // kyc_still in the contract: key example-api-key, secret example-api-secret, time 1763683200,
        // expiry one hour later, random 2718281828.
        try (FaceIdClient exampleClient = signingClient("example-api-key", "example-api-secret",
                Duration.ofHours(1))) {
            exampleClient.getBizToken(BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource("张三", "11010519491231002X")).build());
        }

        assertThat(SentMultipart.parse(server.takeRequest()).get(0).text()).isEqualTo(
                "8Of6PbHHjuK+UgnCTUsP7Y8y5/ZhPWV4YW1wbGUtYXBpLWtleSZiPTE3NjM2ODY4MDAmYz0xNzYzNjgzMjAwJmQ9MjcxODI4MTgyOA==");
    }

    @Test
    void faceComparisonWithActionLivenessAndEveryTopLevelOption() throws Exception {
        client.getBizToken(BizTokenRequest.builder()
                .liveness(Liveness.megLive().withActionCount(2).withFaceReplaceDetection(false)
                        .withLivenessTimeout(10))
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromPath(file(dir, "r1.jpg", "R1")),
                        FileUpload.fromPath(file(dir, "r2.png", "R2"))))
                .verbose(false)
                .securityLevel(SecurityLevel.VERY_STRICT)
                .forceCompare(true)
                .multiOrientedDetection(false)
                .livenessLevel(LivenessLevel.FAST)
                .maximumBrightness(true)
                .livenessVideo(GetLivenessVideo.IMAGES_ONLY)
                .deviceRisk(true)
                .multipleFacesDetection(true)
                .extraField("fail_when_ref_multiple_faces", "0")
                .build());

        List<String> parts = SentMultipart.summaries(server.takeRequest());
        assertThat(parts.subList(2, parts.size())).containsExactly(
                "liveness_type=meglive" + TEXT,
                "comparison_type=0" + TEXT,
                "liveness_timeout=10" + TEXT,
                "verbose=0" + TEXT,
                "security_level=4" + TEXT,
                "force_compare=1" + TEXT,
                "multi_oriented_detection=0" + TEXT,
                "liveness_level=2" + TEXT,
                "maximum_brightness=1" + TEXT,
                "get_liveness_video=3" + TEXT,
                "device_risk=1" + TEXT,
                "multiple_faces_detection=1" + TEXT,
                "image_ref1; filename=r1.jpg [image/jpeg] <R1>",
                "image_ref2; filename=r2.png [image/png] <R2>",
                "uuid=user-10001" + TEXT,
                "liveness_action_count=2" + TEXT,
                "face_replace_detection=0" + TEXT,
                "fail_when_ref_multiple_faces=0" + TEXT);
    }

    @Test
    void flashLiveness() throws Exception {
        client.getBizToken(BizTokenRequest.builder()
                .liveness(Liveness.flash().withEyesCloseDetection(false).withFlashLivenessTimeout(180))
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromPath(file(dir, "r.jpg", "R"))))
                .build());

        List<String> parts = SentMultipart.summaries(server.takeRequest());
        assertThat(parts.subList(2, parts.size())).containsExactly(
                "liveness_type=flash" + TEXT,
                "comparison_type=0" + TEXT,
                "image_ref1; filename=r.jpg [image/jpeg] <R>",
                "uuid=user-10001" + TEXT,
                "eyes_close_detection=0" + TEXT,
                "flash_liveness_timeout=180" + TEXT);
    }

    @Test
    void rawImageWithoutLiveness() throws Exception {
        client.getBizToken(BizTokenRequest.builder()
                .liveness(Liveness.rawImage(FileUpload.fromPath(file(dir, "face.jpg", "FACE")),
                        RawImageOptions.defaults().failWhenMultipleFaces(true).faceQualityThreshold(100)
                                .returnFaces(false)))
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromPath(file(dir, "r.jpg", "R"))))
                .build());

        List<String> parts = SentMultipart.summaries(server.takeRequest());
        assertThat(parts.subList(2, parts.size())).containsExactly(
                "liveness_type=raw_image" + TEXT,
                "comparison_type=0" + TEXT,
                "image_ref1; filename=r.jpg [image/jpeg] <R>",
                "uuid=user-10001" + TEXT,
                "image; filename=face.jpg [image/jpeg] <FACE>",
                "fail_when_multiple_faces=1" + TEXT,
                "face_quality_threshold=100" + TEXT,
                "return_faces=0" + TEXT);
    }

    @Test
    void eachCallIsSignedAfresh() throws Exception {
        server.enqueue(json(200, OK));
        try (FaceIdClient realClock = TestClients.clientFor(server).build()) {
            BizTokenRequest request = BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource("张三", "11010519491231002X")).build();
            realClock.getBizToken(request);
            realClock.getBizToken(request);
        }

        String first = SentMultipart.parse(server.takeRequest()).get(0).text();
        String second = SentMultipart.parse(server.takeRequest()).get(0).text();
        assertThat(first).isNotEqualTo(second);
        assertThat(DecodedBizTokenSign.decode(second).check(API_SECRET, Clock.systemUTC()).accepted()).isTrue();
    }

    private FaceIdClient signingClient(String apiKey, String apiSecret, Duration validity) {
        return FaceIdClient.builder()
                .apiKey(apiKey)
                .apiSecret(apiSecret)
                .baseUrl(server.url("/").toString())
                .retryPolicy(RetryPolicy.builder().maxRetries(0).build())
                .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
                .signRandom(fixedRandom())
                .signValidity(validity)
                .build();
    }

    private static RandomGenerator fixedRandom() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only bounded draws are expected");
            }

            @Override
            public long nextLong(long bound) {
                return RANDOM;
            }
        };
    }
}
