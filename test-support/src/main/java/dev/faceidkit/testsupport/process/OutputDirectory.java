package dev.faceidkit.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a test run writes what it leaves behind (logs of started processes, the bundle copy Prism reads, reports):
 * surefire's {@code faceid.test.output}, by default {@code target} of the working directory.
 */
public final class OutputDirectory {

    public static final String PROPERTY = "faceid.test.output";

    private OutputDirectory() {
    }

    public static Path resolve(String name) {
        Path dir = Path.of(System.getProperty(PROPERTY, "target"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir.resolve(name);
    }
}
