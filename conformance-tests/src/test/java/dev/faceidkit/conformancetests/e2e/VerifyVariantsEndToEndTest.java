package dev.faceidkit.conformancetests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.generated.client.model.ComparisonResult;
import dev.faceidkit.generated.client.model.FaceGenuineness;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.conformancetests.server.SandboxFixtures;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FaceImage;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.sdk.RawImageOptions;
import dev.faceidkit.sdk.VerifyRequest;
import dev.faceidkit.testsupport.images.TestImages;
import dev.faceidkit.testsupport.process.SandboxProcess;
import dev.faceidkit.testsupport.process.SandboxProcessExtension;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK against the sandbox, directly: every combination of comparison (data source 1, reference photos 0)
 * and face image type (meglive, facetoken, raw_image, meglive_flash), always with 张三's face, so each typed
 * result must hold exactly the objects its variant documents, with a same-person confidence.
 */
@ExtendWith(SandboxProcessExtension.class)
class VerifyVariantsEndToEndTest {

    private record Face(String type, Function<Sandboxed, FaceImage> image) {
    }

    @TestFactory
    Stream<DynamicTest> everyComparisonWithEveryFaceImageType(SandboxProcess sandbox) {
        Sandboxed s = new Sandboxed(sandbox);
        List<Face> faces = List.of(
                new Face("meglive", x -> FaceImage.megLive("delta-" + UUID.randomUUID(), x.photo("best.png"))
                        .withImageEnv(x.photo("env.png")).withActionImages(x.photo("action1.png"))),
                new Face("facetoken", x -> FaceImage.faceToken(SandboxFixtures.EXAMPLE_FACE_TOKEN)),
                new Face("raw_image", x -> FaceImage.rawImage(x.photo("face.png"),
                        RawImageOptions.defaults().returnFaces(true))),
                new Face("meglive_flash", x -> FaceImage.megLiveFlash(FileUpload.fromBytes(
                        x.fixtures.megLiveFlashResult(), "meglive_flash_result"))));
        Stream<DynamicTest> combinations = Stream.of("1", "0").flatMap(comparison -> faces.stream().map(face ->
                dynamicTest("comparison_type=" + comparison + ", face_image_type=" + face.type(),
                        () -> check(s, comparison, face))));
        return Stream.concat(combinations, Stream.of(
                dynamicTest("three reference photos: result_ref1..3", () -> checkThreeReferences(s))));
    }

    private static void checkThreeReferences(Sandboxed s) {
        VerifyResponse response = s.client.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-10001", s.photo("ref1.png"),
                        FileUpload.fromBytes(TestImages.faceJpeg(1), "ref2.jpg", "image/jpeg"),
                        FileUpload.fromBytes(TestImages.faceJpeg(2), "ref3.jpg", "image/jpeg")))
                .faceImage(FaceImage.rawImage(s.photo("face.png"))).build());
        assertSamePerson(response.getResultRef1());
        for (ComparisonResult other : new ComparisonResult[] {response.getResultRef2(), response.getResultRef3()}) {
            assertThat(other).as("result of another picture").isNotNull();
            assertThat(other.getConfidence()).as("confidence of another face")
                    .isLessThan(other.getThresholds().getOneInAThousand());
        }
    }

    private static void check(Sandboxed s, String comparisonType, Face face) {
        Comparison comparison = comparisonType.equals("1")
                ? Comparison.dataSource(SandboxFixtures.NORMAL_NAME, SandboxFixtures.NORMAL_ID)
                : Comparison.referencePhotos("user-10001", s.photo("ref1.png"));
        VerifyResponse response = s.client.verify(VerifyRequest.builder().comparison(comparison)
                .faceImage(face.image().apply(s)).build());

        assertThat(response.getRequestId()).matches(Sandboxed.REQUEST_ID);
        assertThat(response.getTimeUsed()).isNotNull().isNotNegative();
        if (comparisonType.equals("1")) {
            assertSamePerson(response.getResultFaceid());
            assertThat(response.getIdExceptions()).as("id_exceptions").isNotNull();
            assertThat(response.getResultRef1()).as("result_ref1 without image_ref1").isNull();
        } else {
            assertSamePerson(response.getResultRef1());
            assertThat(response.getResultFaceid()).as("result_faceid without a data source").isNull();
            assertThat(response.getIdExceptions()).as("id_exceptions without a data source").isNull();
        }
        FaceGenuineness genuineness = response.getFaceGenuineness();
        switch (face.type()) {
            case "meglive" -> {
                assertGenuine(genuineness);
                assertThat(genuineness.getScreenReplayConfidence()).as("screen_replay with image_env").isNotNull();
                assertThat(genuineness.getFaceReplaced()).as("face_replaced with action images").isNotNull();
            }
            case "meglive_flash" -> {
                assertGenuine(genuineness);
                assertThat(genuineness.getScreenReplayConfidence()).as("no screen_replay for flash").isNull();
                assertThat(genuineness.getFaceReplaced()).as("face_replaced for flash").isNotNull();
            }
            case "raw_image" -> {
                assertThat(genuineness).as("face_genuineness for a raw image").isNull();
                assertThat(response.getFaces()).as("faces with return_faces=1").singleElement()
                        .satisfies(f -> assertThat(f.getQuality()).isGreaterThan(f.getQualityThreshold()))
                        .satisfies(f -> assertThat(f.getRect()).as("rect").isNotNull());
            }
            default -> {
                assertThat(genuineness).as("face_genuineness for a face token").isNull();
                assertThat(response.getFaces()).as("faces without return_faces").isNull();
            }
        }
    }

    private static void assertSamePerson(ComparisonResult result) {
        assertThat(result).as("comparison result").isNotNull();
        assertThat(result.getConfidence()).as("confidence of the same face")
                .isGreaterThanOrEqualTo(result.getThresholds().getOneInAMillion());
    }

    private static void assertGenuine(FaceGenuineness genuineness) {
        assertThat(genuineness).as("face_genuineness").isNotNull();
        assertThat(genuineness.getMaskConfidence()).isLessThan(genuineness.getMaskThreshold());
        assertThat(genuineness.getSyntheticFaceConfidence()).isLessThan(genuineness.getSyntheticFaceThreshold());
    }
}
