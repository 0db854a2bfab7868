package dev.faceidkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every request refuses a missing or out-of-range field at build(), naming the wire field; the exact messages
 * show that no value (a name, an ID number) is repeated.
 */
class RequestValidationTest {

    private static final FileUpload PHOTO = FileUpload.fromBytes(new byte[] {1}, "p.jpg", "image/jpeg");
    private static final String NAME = "张三";
    private static final String ID_NUMBER = "11010519491231002X";

    @Nested
    class Verify {

        @Test
        void needsAComparisonAndAFaceImage() {
            assertRefused(() -> VerifyRequest.builder().faceImage(FaceImage.faceToken("t")).build(),
                    "comparison_type is required (set comparison(Comparison.dataSource(...)) or"
                            + " comparison(Comparison.referencePhotos(...)))");
            assertRefused(() -> verify(Comparison.referencePhotos("u", PHOTO), null),
                    "face_image_type is required (set faceImage(FaceImage.megLive(...)), faceToken(...),"
                            + " rawImage(...) or megLiveFlash(...))");
        }

        @Test
        void dataSourceNeedsAValidNameAndIdNumber() {
            assertRefused(() -> verify(Comparison.dataSource(null, ID_NUMBER), FaceImage.faceToken("t")),
                    "idcard_name is required for comparison_type=1");
            assertRefused(() -> verify(Comparison.dataSource(NAME, " "), FaceImage.faceToken("t")),
                    "idcard_number is required for comparison_type=1");
            assertRefused(() -> verify(Comparison.dataSource("名".repeat(33), ID_NUMBER), FaceImage.faceToken("t")),
                    "idcard_name must be at most 32 characters, was 33 characters");
            assertRefused(() -> verify(Comparison.dataSource(NAME, "1101051949123100X"), FaceImage.faceToken("t")),
                    "idcard_number must be 18 characters, was 17 characters");
            assertRefused(() -> verify(Comparison.dataSource(NAME, "11010519491231002Y"), FaceImage.faceToken("t")),
                    "idcard_number must match ^[0-9]{17}[0-9Xx]$");
            assertThat(verify(Comparison.dataSource("名".repeat(32), "110105194912310021"), FaceImage.faceToken("t")))
                    .isNotNull();
        }

        @Test
        void referencePhotosNeedAUuidOfAtMost512BytesAndOneToThreePhotos() {
            assertRefused(() -> verify(Comparison.referencePhotos(null, PHOTO), FaceImage.faceToken("t")),
                    "uuid is required for comparison_type=0");
            assertRefused(() -> verify(Comparison.referencePhotos("u", null), FaceImage.faceToken("t")),
                    "image_ref1 is required for comparison_type=0");
            assertRefused(() -> verify(Comparison.referencePhotos("u", PHOTO, null, PHOTO), FaceImage.faceToken("t")),
                    "image_ref2 is required for comparison_type=0");
            assertRefused(() -> verify(Comparison.referencePhotos("u", PHOTO, PHOTO, PHOTO, PHOTO),
                    FaceImage.faceToken("t")), "image_ref4 is not accepted: at most 3 reference photos (image_ref1"
                    + " to image_ref3) for this operation, 4 given");
            assertRefused(() -> verify(Comparison.dataSource(NAME, ID_NUMBER, PHOTO, PHOTO, PHOTO, PHOTO),
                    FaceImage.faceToken("t")), "image_ref4 is not accepted: at most 3 reference photos (image_ref1"
                    + " to image_ref3) for this operation, 4 given");
            // 170 three-byte characters and three ASCII ones: 513 bytes but only 173 characters.
            String uuid = "用".repeat(170) + "abc";
            assertThat(uuid.getBytes(StandardCharsets.UTF_8)).hasSize(513);
            assertRefused(() -> verify(Comparison.referencePhotos(uuid, PHOTO), FaceImage.faceToken("t")),
                    "uuid must be at most 512 UTF-8 bytes, was 513 bytes");
            assertThat(verify(Comparison.referencePhotos(uuid.substring(1) + "a", PHOTO, PHOTO, PHOTO),
                    FaceImage.faceToken("t"))).isNotNull();
        }

        @Test
        void eachFaceImageTypeNeedsItsOwnFields() {
            Comparison comparison = Comparison.referencePhotos("u", PHOTO);
            assertRefused(() -> verify(comparison, FaceImage.megLive(null, PHOTO)),
                    "delta is required for face_image_type=meglive");
            assertRefused(() -> verify(comparison, FaceImage.megLive("d", null)),
                    "image_best is required for face_image_type=meglive");
            assertRefused(() -> verify(comparison, FaceImage.megLive("d", PHOTO)
                    .withActionImages(PHOTO, PHOTO, PHOTO, PHOTO, PHOTO, PHOTO)),
                    "image_action6 is not accepted: at most 5 action images (image_action1 to image_action5),"
                            + " 6 given");
            assertRefused(() -> verify(comparison, FaceImage.faceToken("")),
                    "face_token is required for face_image_type=facetoken");
            assertRefused(() -> verify(comparison, FaceImage.rawImage(null)),
                    "image is required for face_image_type=raw_image");
            assertRefused(() -> verify(comparison, FaceImage.megLiveFlash(null)),
                    "meglive_flash_result is required for face_image_type=meglive_flash");
        }

        @Test
        void faceQualityThresholdIsFrom0To100() {
            Comparison comparison = Comparison.referencePhotos("u", PHOTO);
            assertRefused(() -> verify(comparison, FaceImage.rawImage(PHOTO,
                    RawImageOptions.defaults().faceQualityThreshold(101))),
                    "face_quality_threshold must be an integer from 0 to 100, was 101");
            assertRefused(() -> verify(comparison, FaceImage.rawImage(PHOTO,
                    RawImageOptions.defaults().faceQualityThreshold(-1))),
                    "face_quality_threshold must be an integer from 0 to 100, was -1");
        }

        @Test
        void extraFieldsMustNotShadowDocumentedOnes() {
            assertRefused(() -> VerifyRequest.builder().comparison(Comparison.referencePhotos("u", PHOTO))
                    .faceImage(FaceImage.faceToken("t")).extraField("api_secret", "x").build(),
                    "api_secret is a documented field of this operation: set it through the request builder, not as"
                            + " an extra field");
            assertRefused(() -> VerifyRequest.builder().extraField("face_quality_threshold", "101"),
                    null);
            assertRefused(() -> VerifyRequest.builder().extraField(" ", "1"),
                    "field name must not be null or blank");
            assertRefused(() -> VerifyRequest.builder().extraField("x", null), "field x must have a value");
        }

        private VerifyRequest verify(Comparison comparison, FaceImage faceImage) {
            return VerifyRequest.builder().comparison(comparison).faceImage(faceImage).build();
        }
    }

    @Nested
    class RawVerify {

        @Test
        void needsATokenAndLimitsBizNoTo128Characters() {
            assertRefused(() -> RawVerifyRequest.builder().comparison(Comparison.dataSource(NAME, ID_NUMBER)).build(),
                    "token is required (the token returned by Raw-ValidateSideFace or Raw-ValidateVideo)");
            assertRefused(() -> RawVerifyRequest.builder().token("t").comparison(Comparison.dataSource(NAME, ID_NUMBER))
                    .bizNo("号".repeat(129)).build(), "biz_no must be at most 128 characters, was 129 characters");
            assertThat(RawVerifyRequest.builder().token("t").comparison(Comparison.dataSource(NAME, ID_NUMBER))
                    .bizNo("号".repeat(128)).build()).isNotNull();
        }
    }

    @Nested
    class BizToken {

        @Test
        void needsALivenessTypeAndAComparison() {
            assertRefused(() -> BizTokenRequest.builder().comparison(Comparison.dataSource(NAME, ID_NUMBER)).build(),
                    "liveness_type is required (set liveness(Liveness.megLive()), still(), flash() or rawImage(...))");
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still()).build(),
                    "comparison_type is required (set comparison(Comparison.dataSource(...)) or"
                            + " comparison(Comparison.referencePhotos(...)))");
            assertRefused(() -> bizToken(Liveness.rawImage(null)), "image is required for liveness_type=raw_image");
        }

        @Test
        void livenessTimesAndActionCountAreInRange() {
            assertRefused(() -> bizToken(Liveness.megLive().withLivenessTimeout(4)),
                    "liveness_timeout must be an integer from 5 to 60, was 4");
            assertRefused(() -> bizToken(Liveness.still().withLivenessTimeout(61)),
                    "liveness_timeout must be an integer from 5 to 60, was 61");
            assertRefused(() -> bizToken(Liveness.flash().withFlashLivenessTimeout(59)),
                    "flash_liveness_timeout must be an integer from 60 to 180, was 59");
            assertRefused(() -> bizToken(Liveness.flash().withFlashLivenessTimeout(181)),
                    "flash_liveness_timeout must be an integer from 60 to 180, was 181");
            assertRefused(() -> bizToken(Liveness.megLive().withActionCount(0)),
                    "liveness_action_count must be one of 1, 2, 3, was 0");
            assertRefused(() -> bizToken(Liveness.megLive().withActionCount(4)),
                    "liveness_action_count must be one of 1, 2, 3, was 4");
            assertRefused(() -> bizToken(Liveness.rawImage(PHOTO, RawImageOptions.defaults().faceQualityThreshold(101))),
                    "face_quality_threshold must be an integer from 0 to 100, was 101");
            assertThat(bizToken(Liveness.megLive().withActionCount(1).withLivenessTimeout(5))).isNotNull();
        }

        @Test
        void takesAtMostTwoReferencePhotosAndA128ByteUuidAndBizNo() {
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.referencePhotos("u", PHOTO, PHOTO, PHOTO)).build(),
                    "image_ref3 is not accepted: at most 2 reference photos (image_ref1 to image_ref2) for this"
                            + " operation, 3 given");
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.referencePhotos("u".repeat(129), PHOTO)).build(),
                    "uuid must be at most 128 characters, was 129 characters");
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource(NAME, ID_NUMBER)).bizNo("号".repeat(43)).build(),
                    "biz_no must be at most 128 UTF-8 bytes, was 129 bytes");
        }

        @Test
        void checksOnlyTheDocumentedLengthOfTheIdNumber() {
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource(NAME, "E1234567")).build(),
                    "idcard_number must be 18 characters, was 8 characters");
            // No digit format and no name limit are documented for get_biz_token (D-39).
            assertThat(BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource("名".repeat(40), "HK-A1234567(8)-XYZ")).build()).isNotNull();
        }

        @Test
        void refusesExtraFieldsNamedLikeCredentialsOrDocumentedOnes() {
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource(NAME, ID_NUMBER)).extraField("sign", "forged").build(),
                    "sign is a documented field of this operation: set it through the request builder, not as an"
                            + " extra field");
            assertRefused(() -> BizTokenRequest.builder().liveness(Liveness.still())
                    .comparison(Comparison.dataSource(NAME, ID_NUMBER)).extraField("api_secret", "s").build(),
                    "api_secret is a documented field of this operation: set it through the request builder, not"
                            + " as an extra field");
        }

        private BizTokenRequest bizToken(Liveness liveness) {
            return BizTokenRequest.builder().liveness(liveness).comparison(Comparison.referencePhotos("u", PHOTO))
                    .build();
        }
    }

    @Nested
    class GetResult {

        @Test
        void needsABizIdAndRefusesDocumentedExtraParameters() {
            assertRefused(() -> GetResultRequest.builder().build(),
                    "biz_id is required (the id of the verification to look up)");
            assertRefused(() -> GetResultRequest.builder().bizId("b").extraParameter("return_image", "9").build(),
                    "return_image is a documented field of this operation: set it through the request builder, not"
                            + " as an extra field");
        }
    }

    /** Asserts the exact message; null only checks that the call itself is accepted. */
    private static void assertRefused(ThrowingCallable call, String message) {
        if (message == null) {
            try {
                call.call();
            } catch (Throwable t) {
                throw new AssertionError("expected the call to be accepted until build()", t);
            }
            return;
        }
        assertThatIllegalArgumentException().isThrownBy(call).withMessage(message);
    }
}
