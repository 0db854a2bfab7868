package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 13, item 3: time from process start to the first answer, for the sandbox started as the README says
 * ({@code java -jar}), for the levers that need no code change (the jar extracted by Spring Boot's jarmode tools,
 * plus an AppCDS archive trained on one start, plus C1 only), and for a Prism mock of the same bundle, each started
 * alone, in turns, {@code rounds} times in the same run. The first answer is the first HTTP response of any status
 * to {@code GET /faceid/lite/get_result} (polled every 10 ms); the ratio to Prism's median is printed per start.
 *
 * <p>Arguments ({@code --name=value}): {@code sandbox-jar}, {@code prism}, {@code work-dir}, {@code rounds}.
 */
public final class StartTimeBenchmark {

    private static final String QUERY = SandboxVsPrismBenchmark.getResultQuery(SandboxVsPrismBenchmark.PRISM_BIZ_ID);
    private static final double TARGET_SECONDS = 2.5;

    private StartTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = SandboxVsPrismBenchmark.parse(args);
        Path jar = Path.of(SandboxVsPrismBenchmark.required(options, "sandbox-jar")).toAbsolutePath();
        Path prism = Path.of(SandboxVsPrismBenchmark.required(options, "prism")).toAbsolutePath();
        Path work = Path.of(options.getOrDefault("work-dir", "target/start-benchmark")).toAbsolutePath();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Files.createDirectories(work);
        Path bundle = SandboxVsPrismBenchmark.writeBundle(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path extracted = work.resolve("extracted");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                extracted.toString()), work.resolve("extract.log"));
        Path thinJar = extracted.resolve(jar.getFileName());
        Path archive = work.resolve("sandbox.jsa");
        Files.deleteIfExists(archive);
        // One training start: Spring stops after the context is refreshed and the JVM writes the classes it loaded.
        run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                thinJar.toString(), "--server.port=0"), work.resolve("cds-training.log"));

        Map<String, List<String>> starts = new LinkedHashMap<>();
        starts.put("sandbox java -jar (README)", List.of(java, "-jar", jar.toString()));
        starts.put("sandbox extracted", List.of(java, "-jar", thinJar.toString()));
        starts.put("sandbox extracted + AppCDS", List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar",
                thinJar.toString()));
        starts.put("sandbox extracted + AppCDS + C1 only", List.of(java, "-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1", "-jar", thinJar.toString()));
        starts.put("prism mock", List.of(prism.toString(), "mock", "-h", "127.0.0.1", "-p", "{port}", bundle.toString()));

        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, List<String>> start : starts.entrySet()) {
                double s = firstAnswer(client, start.getKey(), start.getValue(), work);
                seconds.computeIfAbsent(start.getKey(), k -> new ArrayList<>()).add(s);
                System.out.printf(Locale.ROOT, "round %d: %-40s first answer after %.2f s%n", round, start.getKey(), s);
            }
        }
        List<Double> prismTimes = seconds.get("prism mock");
        double prismMedian = prismTimes.stream().sorted().toList().get(prismTimes.size() / 2);
        System.out.printf(Locale.ROOT, "%nstart to first answer, %d rounds (target: sandbox within %.1f s and no slower"
                + " than Prism)%n", rounds, TARGET_SECONDS);
        for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
            List<Double> sorted = entry.getValue().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "  %-40s %.2f–%.2f s, %.2f–%.2f× Prism's median (%.2f s)%n", entry.getKey(),
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.get(0) / prismMedian,
                    sorted.get(sorted.size() - 1) / prismMedian, prismMedian);
        }
    }

    private static double firstAnswer(HttpClient client, String name, List<String> command, Path work)
            throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> resolved = command.stream().map(a -> a.replace("{port}", Integer.toString(port))).toList();
        Path log = work.resolve(name.replaceAll("[^a-zA-Z0-9]+", "-") + ".log");
        long started = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(name, resolved,
                Map.of("SERVER_PORT", Integer.toString(port), "SERVER_ADDRESS", "127.0.0.1"), port, log)) {
            HttpRequest request = ServerProcess.get(server.base() + QUERY, "Prefer", "code=200");
            server.awaitAnswer(client, request, status -> true, Duration.ofMillis(10), Duration.ofSeconds(60));
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed; see " + log);
        }
    }
}
