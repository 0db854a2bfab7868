package dev.faceidkit.clientproofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one command of a language's own toolchain (tsc, node, python3, go) and keeps what it printed. */
final class Toolchain {

    private Toolchain() {
    }

    /** Exit code and combined output of a finished command; 127 when the program is not installed. */
    record Run(List<String> command, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        String describe() {
            return String.join(" ", command) + " -> exit " + exitCode + "\n" + output;
        }
    }

    static Run run(Path directory, Map<String, String> environment, List<String> command) {
        try {
            Path log = Files.createTempFile("client-proof", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process;
            try {
                process = builder.start();
            } catch (IOException notInstalled) {
                return new Run(command, 127, command.get(0) + " is not installed: " + notInstalled.getMessage());
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Run(command, 124, "timed out after 5 minutes\n" + read(log));
            }
            return new Run(command, process.exitValue(), read(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether a program answers {@code --version} (or {@code version}, for go). */
    static boolean installed(String program, String versionArgument) {
        return run(Path.of("."), Map.of(), List.of(program, versionArgument)).succeeded();
    }

    private static String read(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return text.length() > 8000 ? text.substring(0, 8000) + "\n...(cut)" : text;
    }
}
