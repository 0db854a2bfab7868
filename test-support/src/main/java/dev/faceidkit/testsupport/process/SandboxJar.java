package dev.faceidkit.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/** The sandbox's executable jar, as the build resolved it (surefire's {@code faceid.sandbox.jar}). */
public final class SandboxJar {

    private SandboxJar() {
    }

    public static Path locate() {
        String property = System.getProperty("faceid.sandbox.jar");
        if (property == null || property.isBlank() || property.startsWith("${")) {
            throw new IllegalStateException("faceid.sandbox.jar is not set: run the tests through Maven"
                    + " (./mvnw -pl <module> -am verify), which builds the sandbox jar first.");
        }
        Path jar = Path.of(property);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the sandbox jar " + jar + " does not exist (the sandbox module was"
                    + " compiled but not packaged?): run the module with -am.");
        }
        requireExecutable(jar);
        return jar;
    }

    // A thin jar (a stale snapshot from ~/.m2, say) cannot run on its own.
    private static void requireExecutable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Main-Class") == null) {
                throw new IllegalStateException(jar + " is not an executable jar (no Main-Class): build the sandbox"
                        + " with -am so that spring-boot:repackage runs.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
