package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.images.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verify 2.0.6 answers every documented response variant for the documented test inputs. */
class VerifyVariantsTest extends SandboxTestBase {

    private static final double T_1E3 = 62.169;
    private static final double T_1E6 = 78.038;

    @Test
    void theSameImageScoresAboveOneInAMillionAndAnotherBelowOneInAThousand() {
        JsonNode body = conforming("verify", 200, http.post(VERIFY, verifyForm()
                .file("image_ref2", TestImages.photo(1)).file("image_ref3", TestImages.photo(2))));

        assertThat(body.at("/result_ref1/confidence").asDouble()).isGreaterThan(T_1E6);
        assertThat(body.at("/result_ref2/confidence").asDouble()).isLessThan(T_1E3);
        assertThat(body.at("/result_ref3/confidence").asDouble()).isLessThan(T_1E3);
        assertThat(body.at("/result_ref1/thresholds")).hasToString(
                "{\"1e-3\":62.169,\"1e-4\":69.101,\"1e-5\":73.975,\"1e-6\":78.038}");
        assertThat(body.has("result_faceid")).isFalse();
        assertThat(body.has("id_exceptions")).isFalse();
        assertThat(body.has("faces")).isFalse();
        assertThat(body.has("face_genuineness")).isFalse();
    }

    @Test
    void anImageSentWithoutAFilenameIsStillTheImage() {
        // As Verify 2.0.6's examples send it (-F image=<photo>: a file's contents as a field, no filename; D-52).
        JsonNode reference = conforming("verify", 200, http.post(VERIFY, verifyForm().raw("image", portrait())));
        JsonNode dataSource = conforming("verify", 200, http.post(VERIFY,
                verifyDataSourceForm(NORMAL_ID, NORMAL_NAME).raw("image", portrait())));
        JsonNode uuidAsFile = conforming("verify", 200, http.post(VERIFY, verifyForm()
                .file("uuid", "user-10001".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(reference.at("/result_ref1/confidence").asDouble()).isEqualTo(97.5);
        assertThat(dataSource.at("/result_faceid/confidence").asDouble()).isGreaterThan(T_1E6);
        assertThat(uuidAsFile.at("/result_ref1/confidence").asDouble()).isEqualTo(97.5);
    }

    @Test
    void anImageCutAtItsFirstZeroByteAsCurlSendsAFieldIsUnsupported() {
        byte[] png = portrait();
        byte[] cut = java.util.Arrays.copyOf(png, indexOfZero(png));

        assertThat(http.post(VERIFY, verifyForm().raw("image", cut)).error())
                .isEqualTo("IMAGE_ERROR_UNSUPPORTED_FORMAT: image");
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return bytes.length;
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X, 张三, 0, 0",
        "110105199003071239, 李四, 0, 1",
        "440304198506123455, 王五, 1, 0"})
    void dataSourceComparisonReportsTheIdentitysAnomalies(String number, String name, int attacked, int monochrome) {
        byte[] face = http.get("/sandbox/identities/" + number + "/photo.png").body();

        JsonNode body = conforming("verify", 200, http.post(VERIFY,
                verifyDataSourceForm(number, name).file("image", face)));

        assertThat(body.at("/id_exceptions/id_attacked").asInt()).isEqualTo(attacked);
        assertThat(body.at("/id_exceptions/id_photo_monochrome").asInt()).isEqualTo(monochrome);
        assertThat(body.at("/result_faceid/confidence").asDouble()).isGreaterThan(T_1E3);
    }

    @Test
    void aMonochromeSourcePhotoScoresLowerThanAColourOne() {
        byte[] face = http.get("/sandbox/identities/110105199003071239/photo.png").body();
        double monochrome = conforming("verify", 200, http.post(VERIFY,
                verifyDataSourceForm("110105199003071239", "李四").file("image", face))).at("/result_faceid/confidence").asDouble();

        assertThat(monochrome).isLessThan(97.5);
    }

    @ParameterizedTest
    @CsvSource({"65280, 90", "16753920, 180", "8388736, 270"})
    void turnedFacesAreFoundOnlyWithRotationDetection(int rgb, int orientation) {
        Form form = verifyForm().file("image", TestImages.solid(rgb)).text("return_faces", "1");

        Reply upright = http.post(VERIFY, form);
        JsonNode turned = conforming("verify", 200, http.post(VERIFY, form.text("multi_oriented_detection", "1")));

        assertThat(upright.error()).isEqualTo("NO_FACE_FOUND: image");
        assertThat(upright.json().path("faces").size()).isZero();
        assertThat(turned.at("/faces/0/orientation").asInt()).isEqualTo(orientation);
    }

    @Test
    void facesComeOnlyWithReturnFacesAndOrientationOnlyWithRotationDetection() {
        JsonNode without = conforming("verify", 200, http.post(VERIFY, verifyForm()));
        JsonNode with = conforming("verify", 200, http.post(VERIFY, verifyForm().text("return_faces", "1")));
        JsonNode oriented = conforming("verify", 200, http.post(VERIFY, verifyForm().text("return_faces", "1")
                .text("multi_oriented_detection", "1")));

        assertThat(without.has("faces")).isFalse();
        assertThat(with.at("/faces/0").has("orientation")).isFalse();
        assertThat(with.at("/faces/0/quality").asDouble()).isBetween(60.0, 90.0);
        assertThat(with.at("/faces/0/quality_threshold").asDouble()).isEqualTo(30.1);
        assertThat(oriented.at("/faces/0/orientation").asInt()).isZero();
    }

    @Test
    void facesStayOnTheErrorsThatKeepThem() {
        Form form = verifyForm().text("return_faces", "1");

        Reply lowQuality = http.post(VERIFY, form.file("image", TestImages.solid(TestImages.BLUE)));
        Reply twoFaces = http.post(VERIFY, form.file("image", TestImages.solid(TestImages.RED)));
        Reply noFace = http.post(VERIFY, form.file("image", TestImages.solid(TestImages.WHITE)));
        Reply otherError = http.post(VERIFY, form.file("image", TestImages.notAnImage()));

        assertThat(conforming("verify", 400, lowQuality).at("/faces/0/quality").asDouble()).isEqualTo(12.304);
        assertThat(conforming("verify", 400, twoFaces).path("faces").size()).isEqualTo(2);
        assertThat(conforming("verify", 400, noFace).path("faces").isArray()).isTrue();
        assertThat(conforming("verify", 400, otherError).has("faces")).isFalse();
    }

    @Test
    void severalFacesAreComparedByTheLargestWhenAllowed() {
        JsonNode body = conforming("verify", 200, http.post(VERIFY, verifyForm().file("image", TestImages.solid(TestImages.RED))
                .text("fail_when_multiple_faces", "0").text("return_faces", "1")));

        assertThat(body.path("faces").size()).isEqualTo(2);
        assertThat(body.at("/faces/0/quality").asDouble()).isGreaterThan(body.at("/faces/1/quality").asDouble());
    }

    @Test
    void megLiveReturnsScreenReplayScoresOnlyWithAnEnvironmentImage() {
        JsonNode bare = conforming("verify", 200, http.post(VERIFY, megLive()));
        JsonNode withEnvironment = conforming("verify", 200, http.post(VERIFY,
                megLive().file("image_env", TestImages.solid(TestImages.YELLOW))));

        assertThat(bare.path("face_genuineness").has("screen_replay_confidence")).isFalse();
        assertThat(bare.path("face_genuineness").has("face_replaced")).isFalse();
        assertThat(withEnvironment.at("/face_genuineness/screen_replay_confidence").asDouble())
                .isGreaterThan(withEnvironment.at("/face_genuineness/screen_replay_threshold").asDouble());
        assertThat(bare.at("/face_genuineness/mask_confidence").asDouble()).isLessThan(0.5);
    }

    @ParameterizedTest
    @CsvSource({"16711935, mask", "65535, synthetic_face"})
    void attackImagesScoreAboveTheirThreshold(int rgb, String attack) {
        JsonNode body = conforming("verify", 200, http.post(VERIFY, megLive().file("image_best", TestImages.solid(rgb))));

        assertThat(body.at("/face_genuineness/" + attack + "_confidence").asDouble())
                .isGreaterThan(body.at("/face_genuineness/" + attack + "_threshold").asDouble());
    }

    @Test
    void megLiveImagesHaveNoPixelLimit() {
        byte[] wide = TestImages.oversizedPhoto();

        conforming("verify", 200, http.post(VERIFY, megLive().file("image_best", wide).file("image_env", wide)));
        assertThat(http.post(VERIFY, verifyForm().file("image", wide)).error()).isEqualTo("INVALID_IMAGE_SIZE: image");
    }

    @Test
    void actionImagesOfAnotherFaceAreAFaceSwap() {
        JsonNode same = conforming("verify", 200, http.post(VERIFY, megLive().file("image_action1", portrait())));
        JsonNode swapped = conforming("verify", 200, http.post(VERIFY, megLive().file("image_action1", portrait())
                .file("image_action2", TestImages.photo(9))));

        assertThat(same.at("/face_genuineness/face_replaced").asInt()).isZero();
        assertThat(swapped.at("/face_genuineness/face_replaced").asInt()).isEqualTo(1);
    }

    @Test
    void megLiveFlashReturnsNoScreenReplayScoresButFaceReplaced() {
        byte[] file = http.post("/sandbox/meglive-flash-results", Form.of().text("face_replaced", "1")).body();

        JsonNode body = conforming("verify", 200, http.post(VERIFY, credentials(KEY, SECRET)
                .text("comparison_type", "1").text("face_image_type", "meglive_flash").text("idcard_name", NORMAL_NAME)
                .text("idcard_number", NORMAL_ID).file("meglive_flash_result", file).file("image_env", portrait())));

        assertThat(body.path("face_genuineness").has("screen_replay_confidence")).isFalse();
        assertThat(body.at("/face_genuineness/face_replaced").asInt()).isEqualTo(1);
        assertThat(body.at("/result_faceid/confidence").asDouble()).isGreaterThan(T_1E6);
    }

    @Test
    void aFailedFlashResultIsUnusable() {
        byte[] file = http.post("/sandbox/meglive-flash-results", Form.of().text("result", "FAILURE")).body();

        Reply reply = http.post(VERIFY, credentials(KEY, SECRET).text("comparison_type", "0")
                .text("face_image_type", "meglive_flash").text("uuid", "u").file("image_ref1", portrait())
                .file("meglive_flash_result", file));

        assertThat(reply.error()).isEqualTo("BAD_ARGUMENTS:meglive_flash_result");
    }

    @Test
    void faceTokensFromTheSandboxDetectStandInCompareTheirFace() {
        String token = http.post("/sandbox/face-tokens", Form.of().file("image", TestImages.photo(5)))
                .json().path("face_token").asText();

        JsonNode body = conforming("verify", 200, http.post(VERIFY, credentials(KEY, SECRET)
                .text("comparison_type", "0").text("face_image_type", "facetoken").text("uuid", "u")
                .text("face_token", token).file("image_ref1", TestImages.photo(5)).file("image_ref2", portrait())));

        assertThat(token).matches("[0-9a-f]{32}");
        assertThat(body.at("/result_ref1/confidence").asDouble()).isGreaterThan(T_1E6);
        assertThat(body.at("/result_ref2/confidence").asDouble()).isLessThan(T_1E3);
    }

    @Test
    void theContractsDataSourceExampleSucceeds() {
        JsonNode body = conforming("verify", 200, http.post(VERIFY, credentials(KEY, SECRET)
                .text("comparison_type", "1").text("face_image_type", "facetoken").text("idcard_name", "张三")
                .text("idcard_number", "11010519491231002X").text("face_token", "5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b")));

        assertThat(body.at("/result_faceid/confidence").asDouble()).isGreaterThan(T_1E6);
        assertThat(body.at("/id_exceptions/id_attacked").asInt()).isZero();
    }

    @Test
    void aDeltaMayBeReusedWithoutTheCheck() {
        Form form = megLive();

        conforming("verify", 200, http.post(VERIFY, form));
        conforming("verify", 200, http.post(VERIFY, form));
        assertThat(http.post(VERIFY, form.text("check_delta", "1")).error()).isEqualTo("DELTA_USED");
    }

    private Form megLive() {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive")
                .text("uuid", "user-10001").file("image_ref1", portrait()).file("image_best", portrait())
                .text("delta", unique("delta"));
    }
}
