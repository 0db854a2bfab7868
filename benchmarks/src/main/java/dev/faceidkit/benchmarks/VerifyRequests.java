package dev.faceidkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Verify requests for one server. */
final class VerifyRequests {

    private final int port;
    private final byte[] photo;
    private final Images images;
    private final byte[] repeated;
    private final AtomicLong counter = new AtomicLong();

    VerifyRequests(int port, byte[] photo, Images images) {
        this.port = port;
        this.photo = photo;
        this.images = images;
        Multipart body = Multipart.verifyReferenceRawImage(photo);
        this.repeated = LoadTarget.post(port, LoadTarget.VERIFY_PATH, body.contentType(), body.body());
    }

    byte[] next() {
        if (images == Images.REPEATED) {
            return repeated;
        }
        long n = counter.incrementAndGet();
        Multipart body = Multipart.verifyReferenceRawImage(suffixed(n * 2), suffixed(n * 2 + 1));
        return LoadTarget.post(port, LoadTarget.VERIFY_PATH, body.contentType(), body.body());
    }

    /** The photo with 8 more bytes after its end chunk, which PNG readers do not read. */
    private byte[] suffixed(long value) {
        byte[] bytes = Arrays.copyOf(photo, photo.length + Long.BYTES);
        for (int i = 0; i < Long.BYTES; i++) {
            bytes[photo.length + i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    /** A verify body: the reference photo and the face image, both raw images. */
    record Multipart(String contentType, byte[] body) {

        private static final String BOUNDARY = "faceid-bench-9c1f0e7a2b6d4e38";

        static Multipart verifyReferenceRawImage(byte[] photo) {
            return verifyReferenceRawImage(photo, photo);
        }

        static Multipart verifyReferenceRawImage(byte[] reference, byte[] image) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(reference.length + image.length + 1024);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("api_key", LoadTarget.KEY);
            fields.put("api_secret", LoadTarget.SECRET);
            fields.put("comparison_type", "0");
            fields.put("face_image_type", "raw_image");
            fields.put("uuid", "user-10001");
            fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            for (Map.Entry<String, byte[]> file : List.of(Map.entry("image_ref1", reference), Map.entry("image", image))) {
                out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                        + "\"; filename=\"" + file.getKey() + ".png\"\r\nContent-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(file.getValue());
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + BOUNDARY, out.toByteArray());
        }
    }

}
