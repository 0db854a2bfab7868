package dev.faceidkit.sandbox.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sandbox's stand-in for the file MegLiveFlash writes: a JSON object
 * {@code {"format":"faceid-sandbox-meglive-flash/1","meglive_biz_no":"…","result":"SUCCESS","face_replaced":0,
 * "image":"<Base64 of a JPEG or PNG>"}}. Anything else (not that JSON, another format, a result other than
 * {@code SUCCESS}, no biz number or image) is a file the service cannot use.
 */
@Component
public class MegLiveFlashResults {

    public static final String FORMAT = "faceid-sandbox-meglive-flash/1";
    private static final String SUCCESS = "SUCCESS";

    private final ObjectMapper objectMapper;

    public MegLiveFlashResults(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** What a usable file holds. */
    public record Content(String megliveBizNo, byte[] image, boolean faceReplaced) {
    }

    public Optional<Content> read(byte[] file) {
        JsonNode json;
        try {
            json = objectMapper.readTree(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json == null || !FORMAT.equals(json.path("format").asText())
                || !SUCCESS.equals(json.path("result").asText())
                || json.path("meglive_biz_no").asText().isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] image = Base64.getDecoder().decode(json.path("image").asText());
            return Optional.of(new Content(json.path("meglive_biz_no").asText(), image,
                    json.path("face_replaced").asInt(0) == 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A file as the SDK would write it after a flash liveness that ended with {@code result}. */
    public byte[] write(String megliveBizNo, byte[] image, String result, boolean faceReplaced) {
        ObjectNode json = objectMapper.createObjectNode()
                .put("format", FORMAT)
                .put("meglive_biz_no", megliveBizNo)
                .put("result", result)
                .put("face_replaced", faceReplaced ? 1 : 0)
                .put("image", Base64.getEncoder().encodeToString(image));
        try {
            return objectMapper.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
    }
}
