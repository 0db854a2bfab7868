package dev.faceidkit.sdk.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.FaceImage;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.sdk.VerifyRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One verify call through {@link FaceIdClient} against the same call written by hand with OkHttp, both against
 * one local {@link DiscardingVerifyServer}, in one run:
 *
 * <ol>
 *   <li>median latency and median bytes allocated by the calling thread per call, and their SDK/raw ratios
 *       (target: at most 1.05 each), and the bytes a caller's first {@code _rawJson()} of a response allocates
 *       (paid only by a caller who asks), and two controls for the whole-call deadline: raw OkHttp with OkHttp's
 *       own 120 s call timeout, and the SDK without a deadline;</li>
 *   <li>peak heap growth while uploading three 2 MB files from {@code Path}, as a multiple of the payload
 *       (target: at most 1.2).</li>
 * </ol>
 * Run with {@code ./mvnw -B -q -pl sdk -am -Pbench verify -DskipTests} (a fresh JVM with a 1 GB heap and
 * logging off).
 */
public final class VerifyBenchmark {

    private static final String API_KEY = "bench-api-key";
    private static final String API_SECRET = "bench-api-secret";
    private static final String NAME = "张三";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String DELTA = "delta-from-the-meglive-sdk-" + "x".repeat(200);
    private static final MediaType JPEG = MediaType.get("image/jpeg");
    private static final int IMAGE_BYTES = 48 * 1024;
    private static final int LARGE_FILE_BYTES = 2 * 1024 * 1024;
    private static final int WARM_UP_CALLS = 4_000;
    private static final int MEASURED_CALLS = 6_000;
    private static final int HEAP_RUNS = 7;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Path best;
    private final Path env;
    private final FaceIdClient sdk;
    // All clients share one transport configuration and connection pool.
    private final OkHttpClient raw = new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory()).build();
    // Two controls for the SDK's whole-call deadline: raw OkHttp with OkHttp's own call timeout (its watchdog thread
    // is woken on every call, which the SDK's CallDeadlines avoids), and the SDK without a deadline.
    private final OkHttpClient rawWithCallTimeout = raw.newBuilder()
            .callTimeout(FaceIdClient.DEFAULT_CALL_TIMEOUT).build();
    private final FaceIdClient sdkWithoutCallTimeout;
    private final ObjectMapper rawMapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final String rawUrl;

    private VerifyBenchmark(Path dir, DiscardingVerifyServer server) throws IOException {
        best = randomFile(dir, "image_best.jpg", IMAGE_BYTES);
        env = randomFile(dir, "image_env.jpg", IMAGE_BYTES);
        sdk = FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET).baseUrl(server.baseUrl())
                .okHttpClient(raw).build();
        sdkWithoutCallTimeout = FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET)
                .baseUrl(server.baseUrl()).okHttpClient(raw).callTimeout(Duration.ZERO).build();
        rawUrl = server.baseUrl() + "/faceid/v2/verify";
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("faceid-bench");
        try (DiscardingVerifyServer server = new DiscardingVerifyServer()) {
            VerifyBenchmark bench = new VerifyBenchmark(dir, server);
            bench.latencyAndAllocation();
            bench.largeUploadHeapGrowth(dir, server);
            bench.sdk.close();
            bench.sdkWithoutCallTimeout.close();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private void latencyAndAllocation() throws IOException {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            sdkCall();
            rawCall();
            rawCall(rawWithCallTimeout);
            sdkCall(sdkWithoutCallTimeout);
        }
        long[] sdkNanos = new long[MEASURED_CALLS];
        long[] rawNanos = new long[MEASURED_CALLS];
        long[] sdkBytes = new long[MEASURED_CALLS];
        long[] rawBytes = new long[MEASURED_CALLS];
        long[] rawWithCallTimeoutNanos = new long[MEASURED_CALLS];
        long[] sdkWithoutCallTimeoutNanos = new long[MEASURED_CALLS];
        // Alternating the two keeps drift (JIT, GC, machine load) from favouring either.
        for (int i = 0; i < MEASURED_CALLS; i++) {
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            sdkCall();
            sdkNanos[i] = System.nanoTime() - start;
            sdkBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - bytes;

            bytes = THREADS.getCurrentThreadAllocatedBytes();
            start = System.nanoTime();
            rawCall();
            rawNanos[i] = System.nanoTime() - start;
            rawBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - bytes;

            start = System.nanoTime();
            rawCall(rawWithCallTimeout);
            rawWithCallTimeoutNanos[i] = System.nanoTime() - start;

            start = System.nanoTime();
            sdkCall(sdkWithoutCallTimeout);
            sdkWithoutCallTimeoutNanos[i] = System.nanoTime() - start;
        }
        double sdkLatency = median(sdkNanos) / 1_000.0;
        double rawLatency = median(rawNanos) / 1_000.0;
        long sdkAlloc = median(sdkBytes);
        long rawAlloc = median(rawBytes);

        System.out.printf("FaceID SDK benchmark (Java %s, %s)%n", System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf("1) One verify call (data source + meglive: 7 text fields, image_best and image_env of %,d B"
                + " each from Path), %,d warm-up and %,d measured calls per client, alternating, one local server%n",
                IMAGE_BYTES, WARM_UP_CALLS, MEASURED_CALLS);
        System.out.printf("   %-22s %16s %24s%n", "", "median latency", "median allocated/call");
        System.out.printf("   %-22s %13.1f us %22s B%n", "raw OkHttp multipart", rawLatency, String.format("%,d", rawAlloc));
        System.out.printf("   %-22s %13.1f us %22s B%n", "SDK (FaceIdClient)", sdkLatency, String.format("%,d", sdkAlloc));
        System.out.printf("   %-22s %16.3f %24.3f   (targets <= 1.05)%n", "SDK / raw", sdkLatency / rawLatency,
                (double) sdkAlloc / rawAlloc);
        System.out.printf("   controls for the whole-call deadline (same run, same server):%n");
        System.out.printf("   %-36s %8.1f us  %6.3f of raw%n", "raw OkHttp + its own 120 s callTimeout",
                median(rawWithCallTimeoutNanos) / 1_000.0, median(rawWithCallTimeoutNanos) / 1_000.0 / rawLatency);
        System.out.printf("   %-36s %8.1f us  %6.3f of raw%n", "SDK with callTimeout(Duration.ZERO)",
                median(sdkWithoutCallTimeoutNanos) / 1_000.0,
                median(sdkWithoutCallTimeoutNanos) / 1_000.0 / rawLatency);
        rawJsonAllocation(sdkAlloc);
    }

    /**
     * What reading a response's raw JSON costs, paid only by a caller who asks: the first {@code _rawJson()} of a
     * response parses its body, a nested model's {@code _rawJson()} parses its own object.
     */
    private void rawJsonAllocation(long sdkAlloc) {
        long[] root = new long[MEASURED_CALLS / 10];
        long[] nested = new long[root.length];
        for (int i = -root.length; i < root.length; i++) { // the first half warms the path up
            VerifyResponse response = sdkCall();
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            response._rawJson().orElseThrow();
            long afterRoot = THREADS.getCurrentThreadAllocatedBytes();
            response.getResultFaceid()._rawJson().orElseThrow();
            long afterNested = THREADS.getCurrentThreadAllocatedBytes();
            if (i >= 0) {
                root[i] = afterRoot - bytes;
                nested[i] = afterNested - afterRoot;
            }
        }
        System.out.printf("   %-22s %41s B   (%.3f of the SDK call; result_faceid's after it: %,d B)%n",
                "first _rawJson()", String.format("%,d", median(root)), (double) median(root) / sdkAlloc,
                median(nested));
    }

    private void largeUploadHeapGrowth(Path dir, DiscardingVerifyServer server) throws Exception {
        Path ref1 = randomFile(dir, "ref1.jpg", LARGE_FILE_BYTES);
        Path ref2 = randomFile(dir, "ref2.jpg", LARGE_FILE_BYTES);
        Path ref3 = randomFile(dir, "ref3.jpg", LARGE_FILE_BYTES);
        long payload = 3L * LARGE_FILE_BYTES;
        Supplier<Object> sdkUpload = () -> sdk.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-10001", FileUpload.fromPath(ref1),
                        FileUpload.fromPath(ref2), FileUpload.fromPath(ref3)))
                .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
                .build());
        Supplier<Object> rawUpload = () -> rawUpload(ref1, ref2, ref3);
        // Control: the same upload with the files read into memory first, to show the measurement sees a copy.
        Supplier<Object> inMemoryUpload = () -> sdk.verify(VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("user-10001", inMemory(ref1), inMemory(ref2), inMemory(ref3)))
                .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
                .build());

        long[] sdkGrowth = new long[HEAP_RUNS];
        long[] rawGrowth = new long[HEAP_RUNS];
        long[] sdkAllocated = new long[HEAP_RUNS];
        long[] inMemoryGrowth = new long[HEAP_RUNS];
        for (int run = -2; run < HEAP_RUNS; run++) { // two unmeasured runs warm the path up
            long[] sdkRun = peakHeapGrowth(sdkUpload);
            if (server.lastBodyBytes() < payload) {
                throw new IllegalStateException("the upload did not carry the files: " + server.lastBodyBytes());
            }
            long[] rawRun = peakHeapGrowth(rawUpload);
            long[] inMemoryRun = peakHeapGrowth(inMemoryUpload);
            if (run >= 0) {
                sdkGrowth[run] = sdkRun[0];
                sdkAllocated[run] = sdkRun[1];
                rawGrowth[run] = rawRun[0];
                inMemoryGrowth[run] = inMemoryRun[0];
            }
        }
        long sdkMax = Arrays.stream(sdkGrowth).max().orElseThrow();
        System.out.printf("2) Upload of three 2 MB files from Path (payload %,d B), %d runs, peak heap growth sampled"
                + " during the call after a GC%n", payload, HEAP_RUNS);
        System.out.printf("   SDK: median %,d B, max %,d B; max / payload = %.3f (target <= 1.2); calling thread"
                + " allocated %,d B per call (median)%n", median(sdkGrowth), sdkMax, (double) sdkMax / payload,
                median(sdkAllocated));
        System.out.printf("   raw OkHttp with RequestBody.create(File), for comparison: median %,d B, max %,d B%n",
                median(rawGrowth), Arrays.stream(rawGrowth).max().orElseThrow());
        System.out.printf("   control, SDK with FileUpload.fromBytes(Files.readAllBytes(...)): median %,d B"
                + " (median / payload = %.3f)%n", median(inMemoryGrowth), (double) median(inMemoryGrowth) / payload);
    }

    /** {peak growth of used heap over the post-GC baseline, bytes allocated by the calling thread}. */
    private static long[] peakHeapGrowth(Supplier<Object> call) throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Thread.sleep(50);
        long baseline = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean done = new AtomicBoolean();
        // Runtime's figures allocate nothing, so the sampler does not add to what it measures.
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                long used = runtime.totalMemory() - runtime.freeMemory();
                if (used > peak.get()) {
                    peak.set(used);
                }
                Thread.onSpinWait();
            }
        }, "bench-heap-sampler");
        sampler.start();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        call.get();
        allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        done.set(true);
        sampler.join();
        return new long[] {peak.get() - baseline, allocated};
    }

    private static FileUpload inMemory(Path file) {
        try {
            return FileUpload.fromBytes(Files.readAllBytes(file), file.getFileName().toString(), "image/jpeg");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private VerifyResponse sdkCall() {
        return sdkCall(sdk);
    }

    private VerifyResponse sdkCall(FaceIdClient client) {
        return client.verify(VerifyRequest.builder()
                .comparison(Comparison.dataSource(NAME, ID_NUMBER))
                .faceImage(FaceImage.megLive(DELTA, FileUpload.fromPath(best)).withImageEnv(FileUpload.fromPath(env)))
                .build());
    }

    /** What a caller would write without the SDK: the same fields and files, parsed into the same model. */
    private VerifyResponse rawCall() throws IOException {
        return rawCall(raw);
    }

    private VerifyResponse rawCall(OkHttpClient client) throws IOException {
        MultipartBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("api_key", API_KEY)
                .addFormDataPart("api_secret", API_SECRET)
                .addFormDataPart("comparison_type", "1")
                .addFormDataPart("face_image_type", "meglive")
                .addFormDataPart("idcard_name", NAME)
                .addFormDataPart("idcard_number", ID_NUMBER)
                .addFormDataPart("delta", DELTA)
                .addFormDataPart("image_best", "image_best.jpg", RequestBody.create(best.toFile(), JPEG))
                .addFormDataPart("image_env", "image_env.jpg", RequestBody.create(env.toFile(), JPEG))
                .build();
        return execute(client, body);
    }

    private Object rawUpload(Path ref1, Path ref2, Path ref3) {
        MultipartBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("api_key", API_KEY)
                .addFormDataPart("api_secret", API_SECRET)
                .addFormDataPart("comparison_type", "0")
                .addFormDataPart("face_image_type", "facetoken")
                .addFormDataPart("image_ref1", "ref1.jpg", RequestBody.create(ref1.toFile(), JPEG))
                .addFormDataPart("image_ref2", "ref2.jpg", RequestBody.create(ref2.toFile(), JPEG))
                .addFormDataPart("image_ref3", "ref3.jpg", RequestBody.create(ref3.toFile(), JPEG))
                .addFormDataPart("uuid", "user-10001")
                .addFormDataPart("face_token", "5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b")
                .build();
        try {
            return execute(raw, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private VerifyResponse execute(OkHttpClient client, MultipartBody body) throws IOException {
        Request request = new Request.Builder().url(rawUrl).post(body).build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return rawMapper.readValue(response.body().byteStream(), VerifyResponse.class);
        }
    }

    private static Path randomFile(Path dir, String name, int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size + name.hashCode()).nextBytes(content);
        return Files.write(dir.resolve(name), content);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
