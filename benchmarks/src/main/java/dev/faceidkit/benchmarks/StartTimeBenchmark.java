package dev.faceidkit.benchmarks;

import dev.faceidkit.testsupport.process.FreePort;
import dev.faceidkit.testsupport.process.ManagedProcess;
import dev.faceidkit.benchmarks.junitstart.JUnitStartProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Issue 25: time from process start to the first answer for what users run, each beside a Prism mock of the same
 * bundle in the same run, started alone, in turns, {@code rounds} times:
 * <ul>
 *   <li>the README's run command, {@code sandbox/target/faceid-sandbox-<version>/bin/faceid-sandbox} (with the
 *       class-data archive the build made);</li>
 *   <li>the distribution's launcher: the tar.gz unpacked in the work folder and started with only the JDK on the
 *       PATH (its first start, which makes its archive, is timed once on its own);</li>
 *   <li>{@code @FaceIdSandbox}: a new JVM running one JUnit test ({@link JUnitStartProbe}), from its start until the
 *       extension injects a ready sandbox;</li>
 *   <li>for reference, {@code java -jar} of the executable jar.</li>
 * </ul>
 * A first answer is the first HTTP response of any status to {@code GET /faceid/lite/get_result} (polled every
 * 10 ms). Prints every round, then each start's range, median and ratio to Prism's median, against the targets.
 *
 * <p>Arguments ({@code --name=value}): {@code distribution}, {@code tarball}, {@code sandbox-jar}, {@code prism},
 * {@code work-dir}, {@code rounds}.
 */
public final class StartTimeBenchmark {

    private static final String QUERY = LoadTarget.getResultQuery(LoadTarget.PRISM_BIZ_ID);
    private static final double TARGET_SECONDS = 2.5;
    private static final double JUNIT_TARGET_SECONDS = 1.5;
    private static final String README = "README command (bin/faceid-sandbox)";
    private static final String DISTRIBUTION = "distribution launcher, PATH = JDK";
    private static final String JUNIT = "@FaceIdSandbox injected (JUnit JVM)";
    private static final String JAR = "java -jar (reference)";
    private static final String PRISM = "prism mock";

    private StartTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkArguments.parse(args);
        Path distribution = Path.of(BenchmarkArguments.required(options, "distribution")).toAbsolutePath();
        Path tarball = Path.of(BenchmarkArguments.required(options, "tarball")).toAbsolutePath();
        Path jar = Path.of(BenchmarkArguments.required(options, "sandbox-jar")).toAbsolutePath();
        Path prism = Path.of(BenchmarkArguments.required(options, "prism")).toAbsolutePath();
        Path work = Path.of(options.getOrDefault("work-dir", "target/start-benchmark")).toAbsolutePath();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Files.createDirectories(work);
        Path bundle = PrismBundle.write(work);
        String javaHome = System.getProperty("java.home");
        String java = Path.of(javaHome, "bin", "java").toString();
        Path unpacked = unpack(tarball, work.resolve("unpacked"));
        Map<String, String> onlyAJdk = Map.of("PATH", Path.of(javaHome, "bin").toString(),
                "HOME", work.toString());

        Map<String, Start> starts = new LinkedHashMap<>();
        starts.put(README, new Start(List.of(distribution.resolve("bin/faceid-sandbox").toString()), Map.of(), false));
        starts.put(DISTRIBUTION, new Start(List.of(unpacked.resolve("bin/faceid-sandbox").toString()), onlyAJdk,
                true));
        starts.put(PRISM, new Start(List.of(prism.toString(), "mock", "-h", "127.0.0.1", "-p", "{port}",
                bundle.toString()), Map.of(), false));
        starts.put(JAR, new Start(List.of(java, "-jar", jar.toString()), Map.of(), false));

        double firstUnpacked = firstAnswer("distribution first start", starts.get(DISTRIBUTION), work);
        System.out.printf(Locale.ROOT, "distribution's first start, making its class-data archive: %.2f s%n",
                firstUnpacked);
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Start> start : starts.entrySet()) {
                record(seconds, round, start.getKey(), firstAnswer(start.getKey(), start.getValue(), work));
            }
            record(seconds, round, JUNIT, junitReady(java, work));
        }
        report(seconds, rounds);
    }

    private record Start(List<String> command, Map<String, String> environment, boolean onlyThisEnvironment) {
    }

    private static void record(Map<String, List<Double>> seconds, int round, String name, double s) {
        seconds.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        System.out.printf(Locale.ROOT, "round %d: %-40s %.2f s%n", round, name, s);
    }

    private static void report(Map<String, List<Double>> seconds, int rounds) {
        double prismMedian = median(seconds.get(PRISM));
        System.out.printf(Locale.ROOT, "%nstart to first answer, %d rounds; targets: README command and distribution"
                + " median <= %.1f s and <= Prism's median; @FaceIdSandbox median <= %.1f s%n", rounds, TARGET_SECONDS,
                JUNIT_TARGET_SECONDS);
        for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
            List<Double> sorted = entry.getValue().stream().sorted().toList();
            double median = median(sorted);
            String verdict = switch (entry.getKey()) {
                case README, DISTRIBUTION -> median <= TARGET_SECONDS && median <= prismMedian ? "met" : "NOT met";
                case JUNIT -> median <= JUNIT_TARGET_SECONDS ? "met" : "NOT met";
                default -> "";
            };
            System.out.printf(Locale.ROOT, "  %-40s %.2f–%.2f s, median %.2f s = %.2f× Prism's median (%.2f s) %s%n",
                    entry.getKey(), sorted.get(0), sorted.get(sorted.size() - 1), median, median / prismMedian,
                    prismMedian, verdict);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double firstAnswer(String name, Start start, Path work)
            throws IOException, InterruptedException {
        int port = FreePort.find();
        List<String> command = start.command().stream()
                .map(a -> a.replace("{port}", Integer.toString(port))).toList();
        Map<String, String> environment = new LinkedHashMap<>(start.environment());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        Path log = work.resolve(name.replaceAll("[^a-zA-Z0-9]+", "-") + ".log");
        long started = System.nanoTime();
        try (ManagedProcess server = ManagedProcess.start(name, command, environment, !start.onlyThisEnvironment(),
                log)) {
            server.awaitStatus(URI.create("http://127.0.0.1:" + port + QUERY), Map.of("Prefer", "code=200"),
                    status -> status > 0, Duration.ofMillis(10), Duration.ofSeconds(90));
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** A new JVM running one {@code @FaceIdSandbox} test: from its start until the test prints that it has the sandbox. */
    private static double junitReady(String java, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("junit-probe.log");
        long started = System.nanoTime();
        Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JUnitStartProbe.class.getName()).redirectErrorStream(true).start();
        double ready = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (ready < 0 && line.startsWith(JUnitStartProbe.READY)) {
                    ready = (System.nanoTime() - started) / 1e9;
                }
                output.append(line).append('\n');
            }
        }
        probe.waitFor(60, TimeUnit.SECONDS);
        Files.writeString(log, output);
        if (ready < 0 || probe.exitValue() != 0) {
            throw new IOException("the JUnit probe did not report a sandbox; see " + log);
        }
        return ready;
    }

    /** The tar.gz unpacked afresh (so its first start has no archive), with the file modes it carries. */
    private static Path unpack(Path tarball, Path into) throws IOException, InterruptedException {
        if (Files.exists(into)) {
            try (Stream<Path> paths = Files.walk(into)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(into);
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", into.toString()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("cannot unpack " + tarball);
        }
        try (Stream<Path> dirs = Files.list(into)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
