package dev.faceidkit.sandbox.result;

import dev.faceidkit.sandbox.identity.TestIdentityCatalog;
import dev.faceidkit.sandbox.image.ImageFiles;
import dev.faceidkit.sandbox.image.TestColor;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The synthetic images get_result returns, as JPEG data URIs: the normal identity's face for the liveness and
 * selfie images, plain cards for the two ID card sides, and the two-faces test image for {@code multifaces_image}.
 */
@Component
public class LiteImageSource {

    private static final int CARD_FRONT = 0xDCE6F0;
    private static final int CARD_BACK = 0xE6E6DC;

    private final Map<String, String> images;
    private final String multifaces;

    public LiteImageSource(TestIdentityCatalog identities) {
        String face = ImageFiles.jpegDataUri(identities.portrait(TestIdentityCatalog.NORMAL_ID_NUMBER));
        this.images = Map.of(
                "image_best", face,
                "image_face_front", face,
                "image_face_side", face,
                "image_idcard_front", ImageFiles.jpegDataUri(ImageFiles.solid(428, 270, CARD_FRONT)),
                "image_idcard_back", ImageFiles.jpegDataUri(ImageFiles.solid(428, 270, CARD_BACK)));
        this.multifaces = ImageFiles.jpegDataUri(ImageFiles.solid(240, 320, TestColor.TWO_FACES.rgb()));
    }

    /** The image for an {@code images} key. */
    public String image(String key) {
        String image = images.get(key);
        if (image == null) {
            throw new IllegalArgumentException("No such get_result image: " + key);
        }
        return image;
    }

    public String multifacesImage() {
        return multifaces;
    }
}
