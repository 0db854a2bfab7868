package dev.faceidkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractmodel.Contract;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The builders take every limit from the contract: a copy with wider limits and one more enum value is followed
 * with no change to the SDK, while the bundled contract still refuses the same values.
 */
class FollowsTheContractTest {

    private static final FileUpload PHOTO = FileUpload.fromBytes(new byte[] {1}, "p.jpg", "image/jpeg");
    private static final String BIZ_NO_200_BYTES = "b".repeat(200);

    private final Contract widened = widenedCopy();

    @Test
    void aWidenedCopyIsFollowed() {
        BizTokenRequest request = BizTokenRequest.builder(widened)
                .liveness(Liveness.megLive().withLivenessTimeout(90).withActionCount(4))
                .comparison(Comparison.referencePhotos("u", PHOTO))
                .bizNo(BIZ_NO_200_BYTES)
                .build();
        assertThat(request.fields().text("liveness_timeout")).isEqualTo("90");
        assertThat(request.fields().text("liveness_action_count")).isEqualTo("4");
        assertThat(BizTokenRequest.builder(widened).liveness(Liveness.rawImage(PHOTO,
                        RawImageOptions.defaults().faceQualityThreshold(200)))
                .comparison(Comparison.referencePhotos("u", PHOTO)).build().fields().text("face_quality_threshold"))
                .isEqualTo("200");
    }

    @Test
    void theBundledContractStillRefusesTheSameValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> bizToken(Liveness.megLive().withLivenessTimeout(90)))
                .withMessageStartingWith("liveness_timeout must be an integer from 5 to 60");
        assertThatIllegalArgumentException().isThrownBy(() -> bizToken(Liveness.megLive().withActionCount(4)))
                .withMessageStartingWith("liveness_action_count must be one of 1, 2, 3");
        assertThatIllegalArgumentException().isThrownBy(() -> bizToken(Liveness.rawImage(PHOTO,
                        RawImageOptions.defaults().faceQualityThreshold(200))))
                .withMessageStartingWith("face_quality_threshold must be an integer from 0 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> BizTokenRequest.builder().liveness(Liveness.still())
                        .comparison(Comparison.referencePhotos("u", PHOTO)).bizNo(BIZ_NO_200_BYTES).build())
                .withMessageStartingWith("biz_no must be at most 128");
    }

    private static BizTokenRequest bizToken(Liveness liveness) {
        return BizTokenRequest.builder().liveness(liveness).comparison(Comparison.referencePhotos("u", PHOTO)).build();
    }

    /** The bundled contract with get_biz_token's limits widened and a fourth liveness action allowed. */
    private static Contract widenedCopy() {
        JsonNode tree;
        try (InputStream in = FollowsTheContractTest.class.getClassLoader()
                .getResourceAsStream(Contract.BUNDLE_RESOURCE)) {
            tree = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode fields = (ObjectNode) tree.at("/components/schemas/BizTokenRequest/properties");
        ObjectNode timeout = (ObjectNode) fields.get("liveness_timeout");
        timeout.put("pattern", "^([5-9]|[1-8][0-9]|90)$");
        ((ObjectNode) timeout.get("x-faceid-integer-range")).put("maximum", 90);
        ObjectNode threshold = (ObjectNode) fields.get("face_quality_threshold");
        threshold.remove("pattern");
        ((ObjectNode) threshold.get("x-faceid-integer-range")).put("maximum", 200);
        ((ObjectNode) fields.get("biz_no")).put("maxLength", 256).put("x-faceid-max-bytes", 256);
        ((ArrayNode) fields.get("liveness_action_count").get("enum")).add("4");
        return Contract.of(tree, "widened copy of the bundled contract");
    }
}
