package dev.faceidkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Starts the FaceID sandbox (its executable jar, in its own JVM) and a Prism mock of the same contract bundle,
 * both on 127.0.0.1 and free ports, warms both up, drives each in turn with the same closed-loop request mix and
 * prints requests per second, p50 and p99 latency, non-2xx answers and errors per target, and the throughput
 * ratio sandbox/Prism. Both servers are stopped at the end, process trees included, also when the run fails.
 *
 * <p>The mix: {@code verify-share} of the requests are Verify 2.0.6, a reference-photo comparison of a raw image
 * ({@code comparison_type=0}, {@code face_image_type=raw_image}, {@code image_ref1} and {@code image} both the
 * documented test identity's photo, {@code example-api-key}); the rest are get_result of a {@code docs-success}
 * record. A sandbox record answers three reads, so the sandbox gets fresh records made beforehand through
 * {@code POST /sandbox/lite/results} (each handed out three times); Prism, which keeps no state, gets the
 * contract's example biz_id. Every request carries {@code Prefer: code=200} (Prism's response selection; the
 * sandbox ignores it).
 *
 * <p>Arguments ({@code --name=value}): {@code sandbox-jar}, {@code prism} (node_modules/.bin/prism), {@code work-dir}
 * (logs and the extracted bundle), {@code threads} (16), {@code warmup-seconds} (5), {@code seconds} (20),
 * {@code verify-share} (0.7), {@code seed}, {@code profile} (false; true records the sandbox JVM with Java Flight
 * Recorder during its measured run, to {@code work-dir/sandbox.jfr}, and prints where its CPU samples fall),
 * {@code images} ({@code repeated}, or {@code unique}: see {@link Images}).
 */
public final class SandboxVsPrismBenchmark {

    static final String KEY = "example-api-key";
    static final String SECRET = "example-api-secret";
    static final String IDENTITY = "11010519491231002X";
    static final String PRISM_BIZ_ID = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1";
    static final String VERIFY_PATH = "/faceid/v2/verify";
    static final String GET_RESULT_PATH = "/faceid/lite/get_result";
    private static final String BUNDLE = "META-INF/faceid/openapi/faceid-openapi.yaml";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Requests per second the get_result record pools are made for, at least (more than this machine reaches). */
    private static final double POOL_RATE = 8_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_SLICE_SECONDS = 5;
    private static final double P99_TARGET_MILLIS = 20;

    private SandboxVsPrismBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path sandboxJar = Path.of(required(options, "sandbox-jar"));
        Path prism = Path.of(required(options, "prism"));
        Path workDir = Path.of(options.getOrDefault("work-dir", "target/benchmark"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "15")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15")));
        double verifyShare = Double.parseDouble(options.getOrDefault("verify-share", "0.7"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261121"));
        boolean profile = Boolean.parseBoolean(options.getOrDefault("profile", "false"));
        List<Images> modes = Images.parse(options.getOrDefault("images", "both"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Duration maxWarmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-warmup-seconds", "120")));
        double jitSettled = Double.parseDouble(options.getOrDefault("jit-settled-share", "0.05"));
        for (Path needed : List.of(sandboxJar, prism)) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException(needed + " does not exist (build with -am; the npm tools are installed"
                        + " by the openapi module's build)");
            }
        }
        Files.createDirectories(workDir);
        Path bundle = writeBundle(workDir);

        System.out.println(header(threads, warmup, measured, verifyShare, modes, rounds));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int sandboxPort = ServerProcess.freePort();
        int prismPort = ServerProcess.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path recording = workDir.resolve("sandbox.jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        ServerProcess sandbox = ServerProcess.start("sandbox", List.of(java, "-jar", sandboxJar.toString()),
                Map.of("SERVER_PORT", Integer.toString(sandboxPort), "SERVER_ADDRESS", "127.0.0.1"), sandboxPort,
                workDir.resolve("sandbox.log"));
        ServerProcess mock = null;
        List<Round> done = new ArrayList<>();
        WarmUp sandboxWarm = null;
        try {
            mock = ServerProcess.start("prism", List.of(prism.toString(), "mock", "-h", "127.0.0.1", "-p",
                    Integer.toString(prismPort), bundle.toString()), Map.of(), prismPort, workDir.resolve("prism.log"));
            Duration sandboxStart = sandbox.awaitReady(client, ServerProcess.get(sandbox.base() + "/sandbox"), 200,
                    Duration.ofSeconds(180));
            Duration prismStart = mock.awaitReady(client, ServerProcess.get(mock.base() + getResultQuery(PRISM_BIZ_ID),
                    "Prefer", "code=200"), 200, Duration.ofSeconds(180));
            System.out.printf("servers: sandbox pid %d on %s (ready after %.1f s), prism pid %d on %s (ready after %.1f s)%n",
                    sandbox.pid(), sandbox.base(), sandboxStart.toMillis() / 1000.0, mock.pid(), mock.base(),
                    prismStart.toMillis() / 1000.0);

            byte[] portrait = fetch(client, sandbox.base() + "/sandbox/identities/" + IDENTITY + "/photo.png");
            RecordPool records = new RecordPool(client, sandbox.base());
            Map<Images, Target> sandboxTargets = new EnumMap<>(Images.class);
            Map<Images, Target> prismTargets = new EnumMap<>(Images.class);
            for (Images mode : modes) {
                sandboxTargets.put(mode, new Target("sandbox", sandboxPort, portrait, mode, records));
                prismTargets.put(mode, new Target("prism", prismPort, portrait, mode, () -> PRISM_BIZ_ID));
            }

            sandboxWarm = warmUntilSettled(sandbox, sandboxTargets, records, threads, warmup, maxWarmup, jitSettled,
                    verifyShare, seed);
            System.out.println("sandbox warm-up: " + sandboxWarm);
            for (Images mode : modes) {
                LoadDriver.Result prismWarm = LoadDriver.run(prismTargets.get(mode),
                        new LoadDriver.Settings(threads, warmup, verifyShare, seed));
                System.out.printf(Locale.ROOT, "prism warm-up (%s): %d s, %.0f req/s (not counted)%n",
                        mode.label(), warmup.toSeconds(), prismWarm.perSecond());
            }

            double pace = sandboxWarm.peakPace();
            for (int round = 1; round <= rounds; round++) {
                Round result = new Round(round);
                for (Images mode : modes) {
                    LoadDriver.Settings run = new LoadDriver.Settings(threads, measured, verifyShare,
                            seed + round * 10L + mode.ordinal());
                    records.createRecords(recordsFor(measured, Math.max(POOL_RATE, 2 * pace), verifyShare), threads);
                    records.inlineCreations.reset();
                    boolean recordThis = profile && round == 1 && mode == modes.get(0);
                    if (recordThis) {
                        jcmd(sandbox.pid(), "JFR.start", "name=load-benchmark", "settings=profile");
                    }
                    Measured onSandbox = measure(sandbox, sandboxTargets.get(mode), run);
                    if (recordThis) {
                        jcmd(sandbox.pid(), "JFR.dump", "name=load-benchmark", "filename=" + recording);
                        jcmd(sandbox.pid(), "JFR.stop", "name=load-benchmark");
                    }
                    long inline = records.inlineCreations.sum();
                    Measured onPrism = measure(mock, prismTargets.get(mode), run);
                    result.add(mode, onSandbox, onPrism, inline);
                    pace = Math.max(pace, onSandbox.result().perSecond());
                }
                System.out.println(result.report());
                done.add(result);
            }
        } finally {
            sandbox.stop();
            if (mock != null) {
                mock.stop();
            }
            boolean orphans = sandbox.anyAlive() || (mock != null && mock.anyAlive());
            System.out.println("servers stopped" + (orphans ? " -- BUT A PROCESS IS STILL ALIVE" : ", no process left")
                    + "; logs in " + workDir);
        }
        System.out.println(summary(done, modes, sandboxWarm));
        if (profile && Files.exists(recording)) {
            System.out.println(ProfileSummary.of(recording, 25));
        }
    }

    /**
     * Warms the sandbox in slices of {@value #WARM_SLICE_SECONDS} s, its image modes in turn, for at least
     * {@code minimum} and until the JIT compilers used at most {@code settledShare} of the JVM's CPU in a slice, or
     * {@code maximum} has passed (then the warm-up says it did not settle).
     */
    private static WarmUp warmUntilSettled(ServerProcess sandbox, Map<Images, Target> targets, RecordPool records,
                                           int threads, Duration minimum, Duration maximum, double settledShare,
                                           double verifyShare, long seed) throws Exception {
        Duration slice = Duration.ofSeconds(WARM_SLICE_SECONDS);
        List<Double> shares = new ArrayList<>();
        List<Images> modes = List.copyOf(targets.keySet());
        Duration spent = Duration.ZERO;
        double pace = 0;
        while (true) {
            Images mode = modes.get(shares.size() % modes.size());
            records.createRecords(recordsFor(slice, Math.max(POOL_RATE, 2 * pace), verifyShare), threads);
            ThreadCpu before = ThreadCpu.of(sandbox.pid());
            LoadDriver.Result result = LoadDriver.run(targets.get(mode),
                    new LoadDriver.Settings(threads, slice, verifyShare, seed + shares.size()));
            shares.add(ThreadCpu.of(sandbox.pid()).jitShareSince(before));
            spent = spent.plus(slice);
            pace = Math.max(pace, result.perSecond());
            boolean settled = shares.get(shares.size() - 1) <= settledShare;
            if ((settled && spent.compareTo(minimum) >= 0) || spent.compareTo(maximum) >= 0) {
                return new WarmUp(spent, shares, settled, settledShare, pace);
            }
        }
    }

    private static Measured measure(ServerProcess server, Target target, LoadDriver.Settings run)
            throws InterruptedException {
        Duration serverCpu = server.cpu();
        Duration clientCpu = ownCpu();
        ThreadCpu threads = ThreadCpu.of(server.pid());
        LoadDriver.Result result = LoadDriver.run(target, run);
        ThreadCpu after = ThreadCpu.of(server.pid());
        return new Measured(result, server.cpu().minus(serverCpu), ownCpu().minus(clientCpu), after.since(threads),
                after.jitShareSince(threads));
    }

    /** How the sandbox's warm-up went: per slice, the share of its CPU the JIT compilers took. */
    record WarmUp(Duration spent, List<Double> jitShares, boolean settled, double settledShare, double peakPace) {
        @Override
        public String toString() {
            StringBuilder shares = new StringBuilder();
            for (double share : jitShares) {
                shares.append(shares.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f%%", share * 100));
            }
            return String.format(Locale.ROOT, "%d s in %d s slices, JIT share of the sandbox's CPU per slice: %s; %s",
                    spent.toSeconds(), WARM_SLICE_SECONDS, shares, settled
                            ? String.format(Locale.ROOT, "settled (at most %.0f%%)", settledShare * 100)
                            : String.format(Locale.ROOT, "NOT settled (above %.0f%% when the warm-up limit came)",
                            settledShare * 100));
        }
    }

    /** One round: each image mode measured on the sandbox, then on Prism. */
    static final class Round {

        final int number;
        final Map<Images, Measured> sandbox = new EnumMap<>(Images.class);
        final Map<Images, Measured> prism = new EnumMap<>(Images.class);
        final Map<Images, Long> inline = new EnumMap<>(Images.class);

        Round(int number) {
            this.number = number;
        }

        void add(Images mode, Measured onSandbox, Measured onPrism, long inlineRecords) {
            sandbox.put(mode, onSandbox);
            prism.put(mode, onPrism);
            inline.put(mode, inlineRecords);
        }

        double ratio(Images mode) {
            return sandbox.get(mode).result().perSecond() / prism.get(mode).result().perSecond();
        }

        String report() {
            StringBuilder out = new StringBuilder();
            sandbox.keySet().forEach(mode -> {
                out.append(String.format(Locale.ROOT, "round %d, %s photos:%n", number, mode.label()));
                out.append(SandboxVsPrismBenchmark.report(List.of(sandbox.get(mode), prism.get(mode))))
                        .append(System.lineSeparator());
                out.append("sandbox JVM CPU by thread: ").append(sandbox.get(mode).threadSplit())
                        .append(System.lineSeparator());
                if (inline.get(mode) > 0) {
                    out.append(String.format("note: the get_result pool ran dry; %d records were made during the"
                            + " measured run (outside the timed exchanges)%n", inline.get(mode)));
                }
                out.append(String.format(Locale.ROOT, "ratio sandbox/prism: %.1f%n", ratio(mode)));
            });
            return out.toString().stripTrailing();
        }
    }

    /** Every round's ratio, the sandbox's p99 and JIT share, against the targets. */
    static String summary(List<Round> rounds, List<Images> modes, WarmUp warmUp) {
        StringBuilder out = new StringBuilder("summary (targets from issue 14; figures of this run):")
                .append(System.lineSeparator());
        if (warmUp != null) {
            out.append("  warm-up: ").append(warmUp.settled() ? "settled" : "NOT settled").append(" after ")
                    .append(warmUp.spent().toSeconds()).append(" s").append(System.lineSeparator());
        }
        for (Images mode : modes) {
            List<Double> ratios = new ArrayList<>();
            List<Double> p99s = new ArrayList<>();
            List<Double> jit = new ArrayList<>();
            for (Round round : rounds) {
                if (round.sandbox.containsKey(mode)) {
                    ratios.add(round.ratio(mode));
                    p99s.add(round.sandbox.get(mode).result().percentileMillis(0.99));
                    jit.add(round.sandbox.get(mode).jitShare() * 100);
                }
            }
            if (ratios.isEmpty()) {
                continue;
            }
            double target = mode.targetRatio();
            out.append(String.format(Locale.ROOT, "  %-8s ratio sandbox/prism %s (range %.1f-%.1f; target >= %.0f: %s)"
                            + "; sandbox p99 ms %s (target < %.0f: %s); JIT share of sandbox CPU %% %s%n",
                    mode.label(), list(ratios, "%.1f"), min(ratios), max(ratios), target,
                    min(ratios) >= target ? "met" : "NOT met", list(p99s, "%.1f"), P99_TARGET_MILLIS,
                    max(p99s) < P99_TARGET_MILLIS ? "met" : "NOT met", list(jit, "%.0f")));
        }
        return out.toString().stripTrailing();
    }

    private static String list(List<Double> values, String format) {
        StringBuilder out = new StringBuilder();
        values.forEach(v -> out.append(out.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, format, v)));
        return "[" + out + "]";
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Records (three reads each) for {@code duration} at {@code rate} requests per second. */
    static int recordsFor(Duration duration, double rate, double verifyShare) {
        return (int) Math.ceil(duration.toSeconds() * rate * (1 - verifyShare) / 3) + 1;
    }

    /** Runs the JDK's jcmd against the sandbox JVM (Flight Recorder control while it is under load). */
    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    static String header(int threads, Duration warmup, Duration measured, double verifyShare, List<Images> modes,
                         int rounds) {
        StringBuilder photos = new StringBuilder();
        modes.forEach(mode -> photos.append(photos.isEmpty() ? "" : "; ").append(mode.label()).append(": ")
                .append(mode.description()));
        return String.format(Locale.ROOT,
                "FaceID load benchmark (loopback only): the sandbox vs a Prism mock of the same contract%n"
                        + "mix: %.0f%% verify (comparison_type=0, raw_image, two %s photos) / %.0f%% get_result"
                        + " (docs-success); %d client threads, closed loop%n"
                        + "photos: %s%n"
                        + "runs: sandbox warm-up of at least %d s until its JIT settles, Prism warm-up %d s per photo"
                        + " mode, then %d rounds of %d s per target and photo mode%n"
                        + "date: %s; machine: %d cores, %s %s, Java %s; load average at start %.2f",
                verifyShare * 100, IDENTITY, (1 - verifyShare) * 100, threads, photos, warmup.toSeconds(),
                warmup.toSeconds(), rounds, measured.toSeconds(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * A measured run with the CPU time the server and this client (the load generator) used meanwhile, and the
     * server's CPU by kind of thread with the JIT compilers' share of it (from /proc; none for Node's threads).
     */
    record Measured(LoadDriver.Result result, Duration serverCpu, Duration clientCpu, String threadSplit,
                    double jitShare) {
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static String report(List<Measured> runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s %9s %9s %8s %8s %8s %11s %8s %7s %13s %13s%n", "target",
                "requests", "req/s", "p50 ms", "p99 ms", "verify", "get_result", "non-2xx", "errors",
                "server cpu s", "client cpu s"));
        for (Measured run : runs) {
            LoadDriver.Result r = run.result();
            out.append(String.format(Locale.ROOT, "%-8s %9d %9.1f %8.2f %8.2f %8d %11d %8d %7d %13.1f %13.1f%n",
                    r.target(), r.requests(), r.perSecond(), r.percentileMillis(0.50), r.percentileMillis(0.99),
                    r.byOperation().getOrDefault(LoadDriver.VERIFY, 0L),
                    r.byOperation().getOrDefault(LoadDriver.GET_RESULT, 0L), r.non2xxCount(), r.errorCount(),
                    run.serverCpu().toMillis() / 1000.0, run.clientCpu().toMillis() / 1000.0));
        }
        for (Measured run : runs) {
            LoadDriver.Result r = run.result();
            out.append(String.format(Locale.ROOT, "%s: statuses %s; server CPU per request %.2f ms",
                    r.target(), r.statuses(), r.requests() == 0 ? 0.0 : run.serverCpu().toNanos() / 1e6 / r.requests()));
            if (r.non2xxCount() > 0) {
                out.append("; non-2xx ").append(r.non2xx());
            }
            if (r.errorCount() > 0) {
                out.append("; errors ").append(r.errors());
            }
            out.append(System.lineSeparator());
        }
        return out.toString().stripTrailing();
    }

    static String getResultQuery(String bizId) {
        return GET_RESULT_PATH + "?api_key=" + KEY + "&api_secret=" + SECRET + "&biz_id="
                + URLEncoder.encode(bizId, StandardCharsets.UTF_8);
    }

    private static byte[] fetch(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(ServerProcess.get(url), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A verify body: the reference photo and the face image, both raw images. */
    record Multipart(String contentType, byte[] body) {

        private static final String BOUNDARY = "faceid-bench-9c1f0e7a2b6d4e38";

        static Multipart verifyReferenceRawImage(byte[] photo) {
            return verifyReferenceRawImage(photo, photo);
        }

        static Multipart verifyReferenceRawImage(byte[] reference, byte[] image) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(reference.length + image.length + 1024);
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("api_key", KEY);
            fields.put("api_secret", SECRET);
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

    /**
     * Which photo bytes the verify requests carry: {@code REPEATED}, the documented test identity's photo in every
     * request (what a team's contract tests send); {@code UNIQUE}, that photo with a counter appended after its
     * PNG end chunk, different in each part of each request: the same pixels and answer, but bytes no server has
     * seen before (the sandbox decodes each one instead of recognising it).
     */
    enum Images {
        REPEATED("the same bytes in every request", 20), UNIQUE("bytes unique to each part (a counter after the PNG end)", 10);

        private final String description;
        private final double targetRatio;

        Images(String description, double targetRatio) {
            this.description = description;
            this.targetRatio = targetRatio;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        String description() {
            return description;
        }

        /** The throughput ratio sandbox/Prism issue 14 asks for with these photos. */
        double targetRatio() {
            return targetRatio;
        }

        /** {@code repeated}, {@code unique} or {@code both}. */
        static List<Images> parse(String value) {
            return value.equalsIgnoreCase("both") ? List.of(values())
                    : List.of(valueOf(value.toUpperCase(Locale.ROOT)));
        }
    }

    /** Verify requests for one server. */
    static final class VerifyRequests {

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
            this.repeated = Target.post(port, VERIFY_PATH, body.contentType(), body.body());
        }

        byte[] next() {
            if (images == Images.REPEATED) {
                return repeated;
            }
            long n = counter.incrementAndGet();
            Multipart body = Multipart.verifyReferenceRawImage(suffixed(n * 2), suffixed(n * 2 + 1));
            return Target.post(port, VERIFY_PATH, body.contentType(), body.body());
        }

        /** The photo with 8 more bytes after its end chunk, which PNG readers do not read. */
        private byte[] suffixed(long value) {
            byte[] bytes = Arrays.copyOf(photo, photo.length + Long.BYTES);
            for (int i = 0; i < Long.BYTES; i++) {
                bytes[photo.length + i] = (byte) (value >>> (8 * i));
            }
            return bytes;
        }
    }

    /** A source of biz_ids for get_result. */
    interface BizIds {
        String next() throws IOException, InterruptedException;
    }

    /** Verify and get_result requests to one server, encoded as they go on the wire. */
    static final class Target implements LoadDriver.Target {

        private final String name;
        private final int port;
        private final VerifyRequests verify;
        private final BizIds bizIds;

        Target(String name, int port, byte[] photo, Images images, BizIds bizIds) {
            this.name = name;
            this.port = port;
            this.verify = new VerifyRequests(port, photo, images);
            this.bizIds = bizIds;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public byte[] next(String operation) throws IOException, InterruptedException {
            return LoadDriver.VERIFY.equals(operation) ? verify.next() : get(port, getResultQuery(bizIds.next()));
        }

        static byte[] post(int port, String path, String contentType, byte[] body) {
            byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nPrefer: code=200\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            return request;
        }

        static byte[] get(int port, String pathAndQuery) {
            return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nPrefer: code=200\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** The sandbox's get_result records: fresh ones, each handed out three times (its read limit). */
    static final class RecordPool implements BizIds {

        private final HttpClient client;
        private final String base;
        private final ConcurrentLinkedQueue<String> reads = new ConcurrentLinkedQueue<>();
        final LongAdder inlineCreations = new LongAdder();

        RecordPool(HttpClient client, String base) {
            this.client = client;
            this.base = base;
        }

        /** The next biz_id to read; when the pool has run dry, a record made on the spot (and counted). */
        @Override
        public String next() throws IOException, InterruptedException {
            String bizId = reads.poll();
            if (bizId == null) {
                bizId = createRecord();
                inlineCreations.increment();
                reads.add(bizId);
                reads.add(bizId);
            }
            return bizId;
        }

        /** Makes {@code count} docs-success records with {@code threads} parallel calls; each joins the pool 3 times. */
        void createRecords(int count, int threads) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, 8)));
            try {
                List<Future<String>> created = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    created.add(pool.submit(this::createRecord));
                }
                List<String> ids = new ArrayList<>();
                for (Future<String> id : created) {
                    ids.add(id.get());
                }
                for (int round = 0; round < 3; round++) {
                    reads.addAll(ids);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private String createRecord() throws IOException, InterruptedException {
            String boundary = "faceid-bench-record";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + KEY
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"scenario\"\r\n\r\ndocs-success\r\n--"
                    + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/lite/results"))
                    .timeout(REQUEST_TIMEOUT).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 201) {
                throw new IOException("POST /sandbox/lite/results answered " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("biz_id").asText();
        }
    }

    /** Writes the contract bundle that Prism mocks to {@code workDir}; returns its path. */
    static Path writeBundle(Path workDir) throws IOException {
        Path bundle = workDir.resolve("faceid-openapi.yaml");
        try (InputStream in = SandboxVsPrismBenchmark.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the class path");
            }
            Files.write(bundle, in.readAllBytes());
        }
        return bundle;
    }

    /** {@code --name=value} arguments by name. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return value;
    }
}
