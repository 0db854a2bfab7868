package dev.faceidkit.conformancetests.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The module's target directory (surefire's {@code conformance.output}); logs and the report go there. */
public final class OutputDirectory {

    private OutputDirectory() {
    }

    public static Path resolve(String name) {
        Path dir = Path.of(System.getProperty("conformance.output", "target"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir.resolve(name);
    }
}
