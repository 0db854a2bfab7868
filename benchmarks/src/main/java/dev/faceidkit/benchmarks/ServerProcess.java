package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * A server the benchmark started: its process (launched directly, never through a shell or npx, so that the
 * process tree is exactly what {@link #stop()} ends), its loopback port and its log file.
 */
final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private volatile List<ProcessHandle> stoppedTree = List.of();

    private ServerProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code command} with {@code environment} added, output to {@code log}. */
    static ServerProcess start(String name, List<String> command, Map<String, String> environment, int port, Path log)
            throws IOException {
        return start(name, command, environment, false, port, log);
    }

    /** As above; with {@code onlyThisEnvironment}, the process gets {@code environment} and nothing inherited. */
    static ServerProcess start(String name, List<String> command, Map<String, String> environment,
                               boolean onlyThisEnvironment, int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (onlyThisEnvironment) {
            builder.environment().clear();
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        ServerProcess server = new ServerProcess(name, process, port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-" + name));
        return server;
    }

    /** A port free on 127.0.0.1 right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** CPU time used so far by the process and the processes it started (zero where the OS does not tell). */
    Duration cpu() {
        Duration own = process.info().totalCpuDuration().orElse(Duration.ZERO);
        return process.descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(own, Duration::plus);
    }

    /** Polls {@code request} every 200 ms until it answers {@code expectedStatus}; see {@link #awaitAnswer}. */
    Duration awaitReady(HttpClient client, HttpRequest request, int expectedStatus, Duration timeout)
            throws IOException, InterruptedException {
        return awaitAnswer(client, request, status -> status == expectedStatus, Duration.ofMillis(200), timeout);
    }

    /**
     * Polls {@code request} every {@code pollEvery} until an answer's status is {@code accepted}; returns the time
     * that took and fails when the process dies or time runs out.
     */
    Duration awaitAnswer(HttpClient client, HttpRequest request, IntPredicate accepted, Duration pollEvery,
            Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (accepted.test(response.statusCode())) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(pollEvery.toMillis());
        }
        throw new IOException(name + " not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    static HttpRequest get(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET();
        return (headers.length == 0 ? builder : builder.headers(headers)).build();
    }

    /**
     * Ends the process and everything it started: descendants first (SIGTERM), then the process, then SIGKILL
     * for whatever is still alive after 10 s. Safe to call twice (the shutdown hook calls it again).
     */
    void stop() {
        List<ProcessHandle> tree = process.descendants().toList();
        if (!tree.isEmpty()) {
            stoppedTree = tree;
        }
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    /** Whether the process, or any process it had started when it was stopped, is still running. */
    boolean anyAlive() {
        return process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)
                || stoppedTree.stream().anyMatch(ProcessHandle::isAlive);
    }

    @Override
    public void close() {
        stop();
    }
}
