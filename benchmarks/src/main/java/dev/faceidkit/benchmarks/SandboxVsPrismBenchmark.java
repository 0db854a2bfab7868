package dev.faceidkit.benchmarks;

import dev.faceidkit.testsupport.process.FreePort;
import dev.faceidkit.testsupport.process.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the FaceID sandbox (its executable jar, in its own JVM) and a Prism mock of the same contract bundle,
 * both on 127.0.0.1 and free ports, warms both up, drives each in turn with the same closed-loop request mix and
 * prints requests per second, p50 and p99 latency, non-2xx answers and errors per target, and the throughput
 * ratio sandbox/Prism ({@link LoadReport}). Both servers are stopped at the end, process trees included, also when
 * the run fails.
 *
 * <p>The mix: {@code verify-share} of the requests are Verify 2.0.6, a reference-photo comparison of a raw image
 * ({@link VerifyRequests}); the rest are get_result of a {@code docs-success} record. A sandbox record answers
 * three reads, so the sandbox gets fresh records made beforehand ({@link RecordPool}); Prism, which keeps no state,
 * gets the contract's example biz_id. Every request carries {@code Prefer: code=200} (Prism's response selection;
 * the sandbox ignores it).
 *
 * <p>Arguments ({@code --name=value}): {@code sandbox-jar}, {@code prism} (node_modules/.bin/prism), {@code work-dir}
 * (logs and the extracted bundle), {@code threads} (16), {@code warmup-seconds} (15), {@code seconds} (15),
 * {@code verify-share} (0.7), {@code seed}, {@code rounds} (3), {@code max-warmup-seconds} (120),
 * {@code jit-settled-share} (0.05), {@code profile} (false; true records the sandbox JVM with Java Flight Recorder
 * during its first measured run, to {@code work-dir/sandbox.jfr}, and prints where its CPU samples fall),
 * {@code images} ({@code repeated}, {@code unique} or {@code both}: see {@link Images}).
 */
public final class SandboxVsPrismBenchmark {

    /** Requests per second the get_result record pools are made for, at least (more than this machine reaches). */
    private static final double POOL_RATE = 8_000;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private SandboxVsPrismBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkArguments.parse(args);
        Path sandboxJar = Path.of(BenchmarkArguments.required(options, "sandbox-jar"));
        Path prism = Path.of(BenchmarkArguments.required(options, "prism"));
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
        Path bundle = PrismBundle.write(workDir);

        System.out.println(LoadReport.header(threads, warmup, measured, verifyShare, modes, rounds));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int sandboxPort = FreePort.find();
        int prismPort = FreePort.find();
        String sandboxBase = "http://127.0.0.1:" + sandboxPort;
        String prismBase = "http://127.0.0.1:" + prismPort;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path recording = workDir.resolve("sandbox.jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        ManagedProcess sandbox = ManagedProcess.start("sandbox", List.of(java, "-jar", sandboxJar.toString()),
                Map.of("SERVER_PORT", Integer.toString(sandboxPort), "SERVER_ADDRESS", "127.0.0.1"),
                workDir.resolve("sandbox.log"));
        ManagedProcess mock = null;
        List<LoadReport.Round> done = new ArrayList<>();
        LoadReport.WarmUp sandboxWarm = null;
        try {
            mock = ManagedProcess.start("prism", List.of(prism.toString(), "mock", "-h", "127.0.0.1", "-p",
                    Integer.toString(prismPort), bundle.toString()), Map.of(), workDir.resolve("prism.log"));
            Duration sandboxStart = sandbox.awaitStatus(URI.create(sandboxBase + "/sandbox"), Map.of(),
                    status -> status == 200, Duration.ofMillis(200), READY_TIMEOUT);
            Duration prismStart = mock.awaitStatus(URI.create(prismBase
                            + LoadTarget.getResultQuery(LoadTarget.PRISM_BIZ_ID)), Map.of("Prefer", "code=200"),
                    status -> status == 200, Duration.ofMillis(200), READY_TIMEOUT);
            System.out.printf("servers: sandbox pid %d on %s (ready after %.1f s), prism pid %d on %s (ready after %.1f s)%n",
                    sandbox.pid(), sandboxBase, sandboxStart.toMillis() / 1000.0, mock.pid(), prismBase,
                    prismStart.toMillis() / 1000.0);

            byte[] portrait = fetch(client, sandboxBase + "/sandbox/identities/" + LoadTarget.IDENTITY + "/photo.png");
            RecordPool records = new RecordPool(client, sandboxBase);
            Map<Images, LoadTarget> sandboxTargets = new EnumMap<>(Images.class);
            Map<Images, LoadTarget> prismTargets = new EnumMap<>(Images.class);
            for (Images mode : modes) {
                sandboxTargets.put(mode, new LoadTarget("sandbox", sandboxPort, portrait, mode, records));
                prismTargets.put(mode, new LoadTarget("prism", prismPort, portrait, mode, () -> LoadTarget.PRISM_BIZ_ID));
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
                LoadReport.Round result = new LoadReport.Round(round);
                for (Images mode : modes) {
                    LoadDriver.Settings run = new LoadDriver.Settings(threads, measured, verifyShare,
                            seed + round * 10L + mode.ordinal());
                    records.createRecords(recordsFor(measured, Math.max(POOL_RATE, 2 * pace), verifyShare), threads);
                    records.inlineCreations.reset();
                    boolean recordThis = profile && round == 1 && mode == modes.get(0);
                    if (recordThis) {
                        jcmd(sandbox.pid(), "JFR.start", "name=load-benchmark", "settings=profile");
                    }
                    LoadReport.Measured onSandbox = measure(sandbox, sandboxTargets.get(mode), run);
                    if (recordThis) {
                        jcmd(sandbox.pid(), "JFR.dump", "name=load-benchmark", "filename=" + recording);
                        jcmd(sandbox.pid(), "JFR.stop", "name=load-benchmark");
                    }
                    long inline = records.inlineCreations.sum();
                    LoadReport.Measured onPrism = measure(mock, prismTargets.get(mode), run);
                    result.add(mode, onSandbox, onPrism, inline);
                    pace = Math.max(pace, onSandbox.result().perSecond());
                }
                System.out.println(result.report());
                done.add(result);
            }
        } finally {
            sandbox.close();
            if (mock != null) {
                mock.close();
            }
            boolean orphans = sandbox.anyAlive() || (mock != null && mock.anyAlive());
            System.out.println("servers stopped" + (orphans ? " -- BUT A PROCESS IS STILL ALIVE" : ", no process left")
                    + "; logs in " + workDir);
        }
        System.out.println(LoadReport.summary(done, modes, sandboxWarm));
        if (profile && Files.exists(recording)) {
            System.out.println(ProfileSummary.of(recording, 25));
        }
    }

    /**
     * Warms the sandbox in slices of {@value LoadReport#WARM_SLICE_SECONDS} s, its image modes in turn, for at least
     * {@code minimum} and until the JIT compilers used at most {@code settledShare} of the JVM's CPU in a slice, or
     * {@code maximum} has passed (then the warm-up says it did not settle).
     */
    private static LoadReport.WarmUp warmUntilSettled(ManagedProcess sandbox, Map<Images, LoadTarget> targets,
                                                      RecordPool records, int threads, Duration minimum,
                                                      Duration maximum, double settledShare, double verifyShare,
                                                      long seed) throws Exception {
        Duration slice = Duration.ofSeconds(LoadReport.WARM_SLICE_SECONDS);
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
                return new LoadReport.WarmUp(spent, shares, settled, settledShare, pace);
            }
        }
    }

    private static LoadReport.Measured measure(ManagedProcess server, LoadTarget target, LoadDriver.Settings run)
            throws InterruptedException {
        Duration serverCpu = server.cpu();
        Duration clientCpu = ownCpu();
        ThreadCpu threads = ThreadCpu.of(server.pid());
        LoadDriver.Result result = LoadDriver.run(target, run);
        ThreadCpu after = ThreadCpu.of(server.pid());
        return new LoadReport.Measured(result, server.cpu().minus(serverCpu), ownCpu().minus(clientCpu),
                after.since(threads), after.jitShareSince(threads));
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
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
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    private static byte[] fetch(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
