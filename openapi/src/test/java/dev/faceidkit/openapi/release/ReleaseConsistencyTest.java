package dev.faceidkit.openapi.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * This module as built: versions move together and the provenance file describes the bundle this build made. (The
 * comparison with the released baselines, and their changelog entries, are checked by module contract-gate.)
 */
class ReleaseConsistencyTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String projectVersion = System.getProperty("faceid.test.projectVersion");
    private final Path specProperties = fromProperty("faceid.test.specProperties",
            "openapi/target/bundle/spec.properties");

    @Test
    void infoVersionEqualsTheMavenVersionWithoutSnapshot() throws IOException {
        assertThat(projectVersion).as("system property faceid.test.projectVersion (set by the pom)").isNotBlank();
        String expected = withoutSnapshot(projectVersion);
        Path source = fromProperty("faceid.test.source", "openapi/openapi.yaml");
        for (Path document : List.of(source, bundlePath())) {
            JsonNode tree = YAML.readTree(document.toFile());
            assertThat(tree.path("info").path("version").asText()).as("info.version of %s", document)
                    .isEqualTo(expected);
        }
    }

    @Test
    void provenanceFileDescribesTheBundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(specProperties)) {
            properties.load(in);
        }
        Path bundle = bundlePath();
        Path json = bundle.resolveSibling("faceid-openapi.json");
        assertThat(properties.getProperty("spec.version")).isEqualTo(withoutSnapshot(projectVersion));
        assertThat(properties.getProperty("spec.sha256")).isEqualTo(sha256(bundle)).hasSize(64);
        assertThat(properties.getProperty("spec.file")).isEqualTo(bundle.getFileName().toString());
        assertThat(properties.getProperty("spec.json.sha256")).isEqualTo(sha256(json));
        assertThat(properties.getProperty("spec.json.file")).isEqualTo(json.getFileName().toString());
    }

    @Test
    void provenanceFileShipsInTheJar() throws IOException {
        // process-resources has copied it to where the jar takes its content from.
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/faceid/openapi/spec.properties")) {
            assertThat(in).as("META-INF/faceid/openapi/spec.properties on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            assertThat(properties.getProperty("spec.sha256")).isEqualTo(sha256(bundlePath()));
        }
    }

    private static String withoutSnapshot(String mavenVersion) {
        return mavenVersion.endsWith("-SNAPSHOT")
                ? mavenVersion.substring(0, mavenVersion.length() - "-SNAPSHOT".length()) : mavenVersion;
    }

    private static Path root() {
        return Path.of(Objects.requireNonNullElse(System.getProperty("toolkit.root"), "..")).toAbsolutePath().normalize();
    }

    /** A path given by a system property (set by the pom), relative ones taken from the repository root. */
    private static Path fromProperty(String name, String fallback) {
        return root().resolve(Objects.requireNonNullElse(System.getProperty(name), fallback)).normalize();
    }

    private static Path bundlePath() {
        return fromProperty("faceid.test.bundle", "openapi/target/bundle/faceid-openapi.yaml");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
