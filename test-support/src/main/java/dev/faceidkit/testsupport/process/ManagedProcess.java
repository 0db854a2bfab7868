package dev.faceidkit.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * A server started for the test run: its output goes to a log file, readiness is an HTTP answer, and it is
 * always stopped with its whole process tree (descendants first, then the process; forcibly if it lingers),
 * at close or, if the JVM ends first, from a shutdown hook. Stopping the tree matters: a Node launcher can
 * leave its child running when only the parent is killed.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile List<ProcessHandle> stoppedTree = List.of();

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "stop " + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts {@code command} with its output (stdout and stderr) appended to {@code log}. */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        return start(name, command, environment, true, log);
    }

    /**
     * As {@link #start(String, List, Map, Path)}; without {@code inheritEnvironment}, the process gets
     * {@code environment} and nothing of this JVM's (a start as from a clean shell, for start-time figures).
     */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                       boolean inheritEnvironment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        if (!inheritEnvironment) {
            builder.environment().clear();
        }
        builder.environment().putAll(environment);
        try {
            Files.writeString(log, "", StandardCharsets.UTF_8);
            return new ManagedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** Waits until {@code probe} answers with any HTTP status; fails early, with the log's end, if the process dies. */
    public void awaitHttp(URI probe, Duration timeout) {
        awaitStatus(probe, Map.of(), status -> status > 0, Duration.ofMillis(150), timeout);
    }

    /**
     * Asks {@code probe} (with {@code headers}) every {@code pollEvery} until its status is {@code accepted};
     * returns how long that took. Fails early, with the log's end, if the process dies, and stops it on time-out.
     */
    public Duration awaitStatus(URI probe, Map<String, String> headers, IntPredicate accepted, Duration pollEvery,
                                Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready;"
                        + " log " + log + ":\n" + logTail());
            }
            if (accepted.test(status(probe, headers))) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            sleep(pollEvery);
        }
        close();
        throw new IllegalStateException(name + " did not answer " + probe + " within " + timeout + "; log " + log
                + ":\n" + logTail());
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time used so far by the process and the processes it started (zero where the OS does not tell). */
    public Duration cpu() {
        Duration own = process.info().totalCpuDuration().orElse(Duration.ZERO);
        return process.descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(own, Duration::plus);
    }

    /** Whether the process, or any process it had started when it was stopped, is still running. */
    public boolean anyAlive() {
        return process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)
                || stoppedTree.stream().anyMatch(ProcessHandle::isAlive);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run; nothing to remove.
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        stoppedTree = descendants;
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        awaitExit(process.toHandle(), descendants);
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void awaitExit(ProcessHandle root, List<ProcessHandle> descendants) {
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : concat(root, descendants)) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception notYet) {
                    // Forced below.
                }
            }
        }
    }

    private static List<ProcessHandle> concat(ProcessHandle root, List<ProcessHandle> descendants) {
        return Stream.concat(Stream.of(root), descendants.stream()).toList();
    }

    /** The status {@code probe} answers with, or 0 while nothing answers. */
    private static int status(URI probe, Map<String, String> headers) {
        try {
            HttpURLConnection connection = (HttpURLConnection) probe.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            headers.forEach(connection::setRequestProperty);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException notYet) {
            return 0;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
