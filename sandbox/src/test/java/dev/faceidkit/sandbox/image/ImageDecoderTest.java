package dev.faceidkit.sandbox.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.testsupport.images.TestImages;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Images given as bytes are remembered by content; remembering changes no answer. */
class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void aRememberedImageIsTheImageAFreshDecodeGives() throws Exception {
        byte[] photo = TestImages.photo(7);

        DecodedImage first = decoder.decode(photo);
        DecodedImage again = decoder.decode(photo.clone(), ImageDecoder.MAX_SIDE);

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
        assertThatThrownBy(() -> decoder.decode(wide, ImageDecoder.MAX_SIDE))
                .isInstanceOfSatisfying(ImageRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.OVERSIZED));
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
