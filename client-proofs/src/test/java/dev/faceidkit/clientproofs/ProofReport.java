package dev.faceidkit.clientproofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** target/client-proofs.md: per language, whether it was generated, built and called, and why not. */
final class ProofReport {

    private final Map<String, String> lines = new ConcurrentSkipListMap<>();

    void record(String language, String generated, String built, String called) {
        lines.put(language, "| " + language + " | " + generated + " | " + built + " | " + called + " |");
    }

    void write(Path file) {
        StringBuilder text = new StringBuilder("# Client proofs\n\nStock OpenAPI Generator 7.25.0 and openapi-typescript"
                + " 7.13.0 on the published `faceid-openapi` JSON artifact, built with each language's own toolchain"
                + " and run against the sandbox (client-proofs/README.md).\n\n"
                + "| Language | Generated | Built | Calls to the sandbox |\n|---|---|---|---|\n");
        lines.values().forEach(line -> text.append(line).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
