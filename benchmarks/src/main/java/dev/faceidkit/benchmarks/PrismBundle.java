package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contract bundle that Prism mocks, from the faceid-openapi jar on the class path. */
final class PrismBundle {

    private static final String BUNDLE = "META-INF/faceid/openapi/faceid-openapi.yaml";

    private PrismBundle() {
    }

    /** Writes the contract bundle that Prism mocks to {@code workDir}; returns its path. */
    static Path write(Path workDir) throws IOException {
        Path bundle = workDir.resolve("faceid-openapi.yaml");
        try (InputStream in = PrismBundle.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the class path");
            }
            Files.write(bundle, in.readAllBytes());
        }
        return bundle;
    }

}
