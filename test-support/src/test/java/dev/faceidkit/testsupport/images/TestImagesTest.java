package dev.faceidkit.testsupport.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The 7-bit BMPs survive a UTF-8 round trip (what Prism's proxy does to a body) and are still images. */
class TestImagesTest {

    @Test
    void bmpsAreSevenBitAndDecodable() throws Exception {
        for (byte[] bmp : new byte[][] {TestImages.faceBmp(0), TestImages.faceBmp(1), TestImages.noFaceBmp(),
                TestImages.oversizedBmp()}) {
            assertThat(new String(bmp, java.nio.charset.StandardCharsets.UTF_8)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(bmp);
            assertThat(ImageIO.read(new ByteArrayInputStream(bmp))).isNotNull();
        }
        BufferedImage oversized = ImageIO.read(new ByteArrayInputStream(TestImages.oversizedBmp()));
        assertThat(oversized.getWidth()).isEqualTo(4097);
    }

    @Test
    void jpegsDecode() throws Exception {
        assertThat(ImageIO.read(new ByteArrayInputStream(TestImages.faceJpeg(0))).getWidth()).isEqualTo(64);
    }
}
