package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.RawHttp;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.images.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The 413 of each operation comes without the body being held in memory: a declared length is refused before a
 * byte is read, a chunked body is counted while it streams and reading stops at the limit.
 */
class RequestSizeLimitTest extends SandboxTestBase {

    private static final int MB = 1024 * 1024;

    @Test
    void aThirtyMegabyteChunkedUploadIsRefusedQuicklyWithoutBeingBuffered() throws Exception {
        long allocatedBefore = allocatedBytes();
        long started = System.nanoTime();

        Streamed streamed = streamChunked(VERIFY, 30L * MB);

        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long allocated = allocatedBytes() - allocatedBefore;
        assertThat(streamed.response()).startsWith("HTTP/1.1 413").endsWith("\r\n\r\nRequest Entity Too Large");
        assertThat(streamed.bytesSent()).as("bytes the client got to send").isLessThan(10L * MB);
        assertThat(elapsedMillis).isLessThan(5_000);
        // Less than the 2 MB the server reads before it stops: the body went to disk, not to the heap.
        assertThat(allocated).as("bytes allocated in the JVM meanwhile").isLessThan(2L * MB);
    }

    @Test
    void getBizTokenCountsItsOwnTwentyMegabytes() throws Exception {
        assertThat(streamChunked(BIZ_TOKEN, 21L * MB).response()).startsWith("HTTP/1.1 413");
        assertThat(streamChunked(RAW_VERIFY, 3L * MB).response()).startsWith("HTTP/1.1 413");
    }

    @Test
    void aThreeMegabyteUploadIsTooLargeForVerifyButNotForGetBizToken() {
        byte[] noise = noiseImage();
        assertThat(noise.length).isBetween(2 * MB + 1, 20 * MB);

        Reply verify = http.post(VERIFY, verifyForm().file("image", noise));
        Reply bizToken = http.post(BIZ_TOKEN, bizTokenForm().text("liveness_type", "raw_image").file("image", noise));

        assertThat(verify.status()).isEqualTo(413);
        assertThat(verify.text()).isEqualTo("Request Entity Too Large");
        assertThat(bizToken.status()).as("%s", bizToken).isEqualTo(200);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() {
        String response = RawHttp.postHeadOnly(http.port(), VERIFY, 30L * MB);

        assertThat(response).startsWith("HTTP/1.1 413").contains("Connection: close")
                .endsWith("\r\n\r\nRequest Entity Too Large");
    }

    private record Streamed(String response, long bytesSent) {
    }

    /**
     * Streams a multipart body of {@code size} bytes in 64 KB chunks while another thread reads the response;
     * stops writing once the response is in or the server stops reading.
     */
    private Streamed streamChunked(String path, long size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", http.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=XYZ\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> {
                try {
                    return RawHttp.readResponse(socket.getInputStream());
                } catch (IOException e) {
                    return "no response: " + e;
                }
            });
            long sent = 0;
            try {
                writeChunk(out, "--XYZ\r\nContent-Disposition: form-data; name=\"image\"; filename=\"big.bin\"\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                while (sent < size && !response.isDone()) {
                    writeChunk(out, chunk);
                    sent += chunk.length;
                }
            } catch (IOException e) {
                // The server closed the connection after answering: expected once the limit is passed.
            }
            return new Streamed(response.get(10, TimeUnit.SECONDS), sent);
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Bytes allocated so far by every live thread of this JVM (the sandbox runs in it). */
    private static long allocatedBytes() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(bytes -> bytes > 0).sum();
    }

    /** A PNG of random pixels of about 3 MB: incompressible, and one face by the sandbox's rules. */
    private static byte[] noiseImage() {
        BufferedImage image = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(7);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return TestImages.encode(image, "png");
    }
}
