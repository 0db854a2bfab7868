package dev.faceidkit.contractgate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractgate.model.GateResult;
import dev.faceidkit.contractgate.model.SemVer;
import dev.faceidkit.contractgate.release.Baselines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * This repository's own contract (the faceid-openapi bundle this build made) against its baselines: every
 * released contract has its baseline and changelog entry, and the bundle passes the gate. (Moved from the openapi
 * module's ReleaseConsistencyTest with the gate; the checks that need no gate stayed there.)
 */
class ProjectContractTest {

    private final String projectVersion = System.getProperty("faceid.test.projectVersion");
    private final Path baselineDir = Bundles.fromProperty("faceid.test.baselineDir", "openapi/baseline");
    private final Path changelog = Bundles.fromProperty("faceid.test.changelog", "CHANGELOG.md");
    private final Path specProperties = Bundles.fromProperty("faceid.test.specProperties",
            "openapi/target/bundle/spec.properties");

    @Test
    void everyBaselineIsAReleasedVersionWithAChangelogEntry() throws IOException {
        List<String> failures = new ArrayList<>();
        var baselines = Baselines.list(baselineDir, failures);
        assertThat(failures).isEmpty();
        assertThat(baselines).as("baselines in %s", baselineDir).isNotEmpty();
        List<String> lines = Files.readAllLines(changelog);
        for (SemVer version : baselines.keySet()) {
            assertThat(lines).as("CHANGELOG.md entry of the released contract %s", version)
                    .anySatisfy(line -> assertThat(line).startsWith("## [" + version + "]"));
        }
        assertThat(projectVersion).as("system property faceid.test.projectVersion (set by the pom)").isNotBlank();
        assertThat(lines).as("CHANGELOG.md has an entry for the version being built, or an Unreleased section")
                .anySatisfy(line -> assertThat(line).matches(
                        "## \\[(Unreleased|" + SemVer.withoutSnapshot(projectVersion).replace(".", "\\.") + ")].*"));
    }

    @Test
    void theContractPassesTheGate() throws IOException {
        GateResult outcome = ContractGate.run(new ContractGate.Options(Bundles.bundlePath(), baselineDir,
                projectVersion, System.getProperty("faceid.test.allowBreaking", ""), null, changelog, specProperties));

        assertThat(outcome.failures()).as("see contract-gate/target/contract-diff.md").isEmpty();
    }
}
