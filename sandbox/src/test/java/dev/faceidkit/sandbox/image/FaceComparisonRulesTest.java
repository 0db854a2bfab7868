package dev.faceidkit.sandbox.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sandbox.identity.TestIdentity;
import dev.faceidkit.sandbox.identity.TestIdentityCatalog;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The documented comparison rule separates same and different pictures by a wide margin. */
class FaceComparisonRulesTest {

    private final ImageDecoder decoder = new ImageDecoder();
    private final FaceComparer comparer = new FaceComparer();

    @Test
    void theSamePictureScoresTheTopScoreEvenReEncoded() throws Exception {
        TestIdentityCatalog catalog = new TestIdentityCatalog();
        byte[] png = catalog.portraitPng(TestIdentityCatalog.NORMAL_ID_NUMBER).orElseThrow();
        byte[] jpeg = ImageFiles.jpeg(ImageIO.read(new ByteArrayInputStream(png)));

        assertThat(comparer.confidence(fingerprint(png), fingerprint(png))).isEqualTo(97.5);
        assertThat(comparer.confidence(fingerprint(png), fingerprint(jpeg))).isGreaterThan(FaceComparer.THRESHOLD_1E6);
    }

    @Test
    void differentPeopleScoreBelowTheLoosestThreshold() throws Exception {
        TestIdentityCatalog catalog = new TestIdentityCatalog();
        List<Fingerprint> faces = catalog.all().stream().map(TestIdentity::idcardNumber)
                .map(number -> fingerprint(catalog.portraitPng(number).orElseThrow())).toList();

        for (int i = 0; i < faces.size(); i++) {
            for (int j = i + 1; j < faces.size(); j++) {
                assertThat(comparer.confidence(faces.get(i), faces.get(j))).isLessThan(FaceComparer.THRESHOLD_1E3);
            }
        }
    }

    @Test
    void randomPicturesScoreBelowTheLoosestThreshold() {
        SplittableRandom random = new SplittableRandom(1);
        IntStream.range(0, 200).forEach(i -> {
            Fingerprint a = new Fingerprint(random.nextLong(), random.nextInt(0x1000000));
            Fingerprint b = new Fingerprint(random.nextLong(), random.nextInt(0x1000000));
            assertThat(comparer.confidence(a, b)).isLessThan(FaceComparer.THRESHOLD_1E3);
        });
    }

    @Test
    void solidImagesOfDifferentColoursDiffer() {
        Fingerprint red = new Fingerprint(0, 0xFF0000);
        Fingerprint blue = new Fingerprint(0, 0x0000FF);

        assertThat(comparer.confidence(red, red)).isEqualTo(97.5);
        assertThat(comparer.confidence(red, blue)).isZero();
    }

    private Fingerprint fingerprint(byte[] image) {
        try {
            return decoder.decode(new ByteArrayInputStream(image)).fingerprint();
        } catch (ImageRejectedException e) {
            throw new AssertionError(e);
        }
    }
}
