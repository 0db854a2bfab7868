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

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "stop " + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts {@code command} with its output (stdout and stderr) appended to {@code log}. */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
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
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready;"
                        + " log " + log + ":\n" + logTail());
            }
            if (answers(probe)) {
                return;
            }
            sleep(Duration.ofMillis(150));
        }
        close();
        throw new IllegalStateException(name + " did not answer " + probe + " within " + timeout + "; log " + log
                + ":\n" + logTail());
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

    private static boolean answers(URI probe) {
        try {
            HttpURLConnection connection = (HttpURLConnection) probe.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status > 0;
        } catch (IOException notYet) {
            return false;
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
