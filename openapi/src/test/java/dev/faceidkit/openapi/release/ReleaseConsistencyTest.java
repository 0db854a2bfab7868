package dev.faceidkit.openapi.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The repository as it is: versions move together, every released contract has its baseline and changelog entry,
 * and the provenance file describes the bundle this build made.
 */
class ReleaseConsistencyTest {

    private final String projectVersion = System.getProperty("faceid.test.projectVersion");
    private final Path baselineDir = Bundles.fromProperty("faceid.test.baselineDir", "openapi/baseline");
    private final Path changelog = Bundles.fromProperty("faceid.test.changelog", "CHANGELOG.md");
    private final Path specProperties = Bundles.fromProperty("faceid.test.specProperties",
            "openapi/target/bundle/spec.properties");

    @Test
    void infoVersionEqualsTheMavenVersionWithoutSnapshot() throws IOException {
        assertThat(projectVersion).as("system property faceid.test.projectVersion (set by the pom)").isNotBlank();
        String expected = SemVer.withoutSnapshot(projectVersion);
        Path source = Bundles.fromProperty("faceid.test.source", "openapi/openapi.yaml");
        for (Path document : List.of(source, Bundles.bundlePath())) {
            JsonNode tree = ContractGate.YAML.readTree(document.toFile());
            assertThat(tree.path("info").path("version").asText()).as("info.version of %s", document)
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyBaselineIsAReleasedVersionWithAChangelogEntry() throws IOException {
        List<String> failures = new ArrayList<>();
        var baselines = ContractGate.baselines(baselineDir, failures);
        assertThat(failures).isEmpty();
        assertThat(baselines).as("baselines in %s", baselineDir).isNotEmpty();
        List<String> lines = Files.readAllLines(changelog);
        for (SemVer version : baselines.keySet()) {
            assertThat(lines).as("CHANGELOG.md entry of the released contract %s", version)
                    .anySatisfy(line -> assertThat(line).startsWith("## [" + version + "]"));
        }
        assertThat(lines).as("CHANGELOG.md has an entry for the version being built, or an Unreleased section")
                .anySatisfy(line -> assertThat(line).matches(
                        "## \\[(Unreleased|" + SemVer.withoutSnapshot(projectVersion).replace(".", "\\.") + ")].*"));
    }

    @Test
    void theContractPassesTheGate() throws IOException {
        ContractGate.Outcome outcome = ContractGate.run(new ContractGate.Options(Bundles.bundlePath(), baselineDir,
                projectVersion, System.getProperty("faceid.test.allowBreaking", ""), null, changelog, specProperties));

        assertThat(outcome.failures()).as("see target/contract-diff.md").isEmpty();
    }

    @Test
    void provenanceFileDescribesTheBundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(specProperties)) {
            properties.load(in);
        }
        Path bundle = Bundles.bundlePath();
        Path json = bundle.resolveSibling("faceid-openapi.json");
        assertThat(properties.getProperty("spec.version")).isEqualTo(SemVer.withoutSnapshot(projectVersion));
        assertThat(properties.getProperty("spec.sha256")).isEqualTo(ContractGate.sha256(bundle)).hasSize(64);
        assertThat(properties.getProperty("spec.file")).isEqualTo(bundle.getFileName().toString());
        assertThat(properties.getProperty("spec.json.sha256")).isEqualTo(ContractGate.sha256(json));
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
            assertThat(properties.getProperty("spec.sha256")).isEqualTo(ContractGate.sha256(Bundles.bundlePath()));
        }
    }
}
