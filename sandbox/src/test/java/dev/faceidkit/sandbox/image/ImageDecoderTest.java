package dev.faceidkit.sandbox.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.testsupport.images.TestImages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** Images given as bytes are remembered by content; remembering changes no answer. */
class ImageDecoderTest {

    /** The contract's x-faceid-max-pixels of image fields (the decoder takes the limit from its caller). */
    private static final int IMAGE_LIMIT = 4096;


    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void aRememberedImageIsTheImageAFreshDecodeGives() throws Exception {
        byte[] photo = TestImages.photo(7);

        DecodedImage first = decoder.decode(photo);
        DecodedImage again = decoder.decode(photo.clone(), IMAGE_LIMIT);

        assertThat(again).isSameAs(first).isEqualTo(new ImageDecoder().decode(new ByteArrayInputStream(photo)));
    }

    @Test
    void imagesThatDifferInOneByteAreNotConfused() throws Exception {
        byte[] red = TestImages.solid(TestImages.RED);
        byte[] blue = TestImages.solid(TestImages.BLUE);
        assertThat(red.length).isEqualTo(blue.length);

        assertThat(decoder.decode(red).solidRgb()).isEqualTo(TestImages.RED);
        assertThat(decoder.decode(blue).solidRgb()).isEqualTo(TestImages.BLUE);
    }

    @Test
    void theSizeLimitStillAppliesToAnImageRememberedWithoutIt() throws Exception {
        byte[] wide = TestImages.oversizedPhoto();

        assertThat(decoder.decode(wide).width()).isEqualTo(4097);
        assertThatThrownBy(() -> decoder.decode(wide, IMAGE_LIMIT))
                .isInstanceOfSatisfying(ImageRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.OVERSIZED));
    }

    @Test
    void aPngHeaderClaimingAHugeImageIsRefusedAsUndecodableNotFailed() throws Exception {
        // 100,000 x 100,000 RGB in the header, a few bytes of pixels: nothing may be sized by the header alone.
        byte[] png = pngWithHeaderOnly(100_000, 100_000);

        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOfSatisfying(ImageRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.UNDECODABLE));
        assertThatThrownBy(() -> decoder.decode(png, IMAGE_LIMIT))
                .isInstanceOfSatisfying(ImageRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.OVERSIZED));
    }

    private static byte[] pngWithHeaderOnly(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            deflate.write(new byte[64]);
        }
        chunk(out, "IDAT", pixels.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void undecodableBytesAreRefusedEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(TestImages.notAnImage()))
                    .isInstanceOfSatisfying(ImageRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.UNDECODABLE));
        }
    }
}
