package dev.faceidkit.sandbox.verify;

import dev.faceidkit.sandbox.identity.TestIdentityCatalog;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Face tokens, standing in for the detect API: each names the image its face was detected in. Two are there
 * from the start; {@code POST /sandbox/face-tokens} adds more.
 */
@Component
public class FaceTokenStore {

    /** The face of the normal identity (the token the contract's examples use). */
    public static final String PORTRAIT_TOKEN = "5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b";
    /** A token whose stored image cannot be decoded: {@code IMAGE_ERROR_UNSUPPORTED_FORMAT: facetoken}. */
    public static final String UNREADABLE_TOKEN = "deadbeefdeadbeefdeadbeefdeadbeef";

    private final Map<String, byte[]> images = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public FaceTokenStore(TestIdentityCatalog identities) {
        images.put(PORTRAIT_TOKEN, identities.portraitPng(TestIdentityCatalog.NORMAL_ID_NUMBER).orElseThrow());
        images.put(UNREADABLE_TOKEN, "stored image damaged".getBytes(StandardCharsets.US_ASCII));
    }

    /** A new 32-hex-digit token for the face in {@code image}. */
    public String register(byte[] image) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String token = HexFormat.of().formatHex(id);
        images.put(token, image.clone());
        return token;
    }

    public Optional<byte[]> image(String token) {
        return Optional.ofNullable(images.get(token));
    }
}
