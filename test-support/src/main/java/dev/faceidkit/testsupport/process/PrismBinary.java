package dev.faceidkit.testsupport.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The pinned Prism of the repository: {@code node_modules/.bin/prism}, launched directly (never through npx,
 * whose node child outlives a killed parent), and only in the version package-lock.json pins.
 */
public final class PrismBinary {

    static final String PACKAGE = "node_modules/@stoplight/prism-cli";

    private final Path root;

    PrismBinary(Path root) {
        this.root = root;
    }

    public static PrismBinary ofRepository() {
        return new PrismBinary(ToolkitRoot.get());
    }

    /** The executable; fails with what to run when the npm tools are not installed. */
    Path executable() {
        Path prism = root.resolve("node_modules/.bin/prism");
        if (!Files.isExecutable(prism)) {
            throw new IllegalStateException("Prism is not installed: " + prism + " is missing. Install the pinned npm"
                    + " tools with scripts/npm-tools.sh (or ./mvnw -pl openapi initialize) and run again.");
        }
        return prism;
    }

    /** The version package-lock.json pins for @stoplight/prism-cli. */
    String pinnedVersion() {
        Path lock = root.resolve("package-lock.json");
        try {
            JsonNode version = new ObjectMapper().readTree(lock.toFile()).path("packages").path(PACKAGE).path("version");
            if (!version.isTextual()) {
                throw new IllegalStateException(lock + " pins no version of " + PACKAGE);
            }
            return version.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + lock, e);
        }
    }

    /** What {@code prism --version} prints. */
    String installedVersion() {
        try {
            Process process = new ProcessBuilder(executable().toString(), "--version").redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("prism --version did not finish within 60 s");
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run prism --version", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The executable, after checking that its version is the pinned one. */
    Path checkedExecutable() {
        Path prism = executable();
        String pinned = pinnedVersion();
        String installed = installedVersion();
        if (!installed.equals(pinned)) {
            throw new IllegalStateException("node_modules holds Prism " + installed + " but package-lock.json pins "
                    + pinned + ": reinstall the npm tools with scripts/npm-tools.sh.");
        }
        return prism;
    }
}
