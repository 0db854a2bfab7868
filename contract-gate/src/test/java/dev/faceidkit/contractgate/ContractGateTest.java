package dev.faceidkit.contractgate;

import static dev.faceidkit.contractgate.Bundles.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractgate.model.GateResult;
import dev.faceidkit.contractgate.compare.TreeDiff;
import dev.faceidkit.contractgate.model.SemVer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version rules of the gate: which baseline, major bumps, the override, release builds, provenance. */
class ContractGateTest {

    private static final Consumer<ObjectNode> REMOVE_RESPONSE_FIELD =
            t -> object(t, "/components/schemas/GetResultResponse/properties").remove("multifaces_image");
    private static final Consumer<ObjectNode> ADD_OPTIONAL_FIELD =
            t -> object(t, "/components/schemas/VerifyRequest/properties").putObject("device_id").put("type", "string");

    @TempDir
    Path tmp;

    @Test
    void overridePassesABreakingChangeAndRecordsTheReason() throws IOException {
        baseline("1.0.0", t -> { });
        GateResult outcome = run(candidate("1.1.0", REMOVE_RESPONSE_FIELD), "1.1.0-SNAPSHOT",
                "vendor dropped multifaces_image (ticket 42)", null);

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.breaking()).hasSize(1);
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w)
                .contains("ALLOWED BY OVERRIDE -Dfaceid.allowBreaking: \"vendor dropped multifaces_image (ticket 42)\""));
        String report = Files.readString(tmp.resolve("contract-diff.md"));
        assertThat(report).contains("vendor dropped multifaces_image (ticket 42)", "## Breaking changes (1)",
                "`multifaces_image`", "## openapi-diff");
    }

    @Test
    void blankOverrideIsNoOverride() throws IOException {
        baseline("1.0.0", t -> { });
        GateResult outcome = run(candidate("1.1.0", REMOVE_RESPONSE_FIELD), "1.1.0-SNAPSHOT", "  ", null);

        assertThat(outcome.passed()).isFalse();
    }

    @Test
    void comparesWithTheNewestBaselineOlderThanTheCandidate() throws IOException {
        baseline("1.0.0", t -> { });
        baseline("1.1.0", ADD_OPTIONAL_FIELD);
        baseline("2.0.0", t -> { });
        // 1.2.0 is compared with 1.1.0: it has device_id, so nothing changed; 2.0.0 is newer and ignored... but a
        // baseline newer than the candidate means the version went backwards.
        GateResult outcome = run(candidate("1.2.0", ADD_OPTIONAL_FIELD), "1.2.0-SNAPSHOT", null, null);

        assertThat(outcome.baselineVersion()).isEqualTo("1.1.0");
        assertThat(outcome.failures()).anySatisfy(f -> assertThat(f).contains("older than the newest baseline 2.0.0"));
    }

    @Test
    void firstReleaseIsComparedWithItsOwnBaseline() throws IOException {
        baseline("1.0.0", t -> { });
        GateResult unchanged = run(candidate("1.0.0", t -> { }), "1.0.0-SNAPSHOT", null, null);
        assertThat(unchanged.passed()).isTrue();
        assertThat(unchanged.baselineVersion()).isEqualTo("1.0.0");
        assertThat(unchanged.changes()).isEmpty();
        assertThat(unchanged.warnings()).isEmpty();

        GateResult added = run(candidate("1.0.0", ADD_OPTIONAL_FIELD), "1.0.0-SNAPSHOT", null, null);
        assertThat(added.passed()).as("a -SNAPSHOT build only warns").isTrue();
        assertThat(added.warnings()).anySatisfy(w -> assertThat(w).contains("the bundle differs from")
                .contains("the baseline of 1.0.0"));

        GateResult removed = run(candidate("1.0.0", REMOVE_RESPONSE_FIELD), "1.0.0-SNAPSHOT", null, null);
        assertThat(removed.passed()).as("breaking at the same version").isFalse();
    }

    @Test
    void releaseBuildNeedsItsBaselineAndChangelogEntry() throws IOException {
        baseline("1.0.0", t -> { });
        Path changelog = tmp.resolve("CHANGELOG.md");
        Files.writeString(changelog, "# Changelog\n\n## [1.0.0] - 2026-11-21\n");
        GateResult missing = run(candidate("1.1.0", ADD_OPTIONAL_FIELD), "1.1.0", null, changelog);
        assertThat(missing.failures()).anySatisfy(f -> assertThat(f).contains("without its baseline"))
                .anySatisfy(f -> assertThat(f).contains("has no entry '## [1.1.0]"));

        baseline("1.1.0", ADD_OPTIONAL_FIELD);
        Files.writeString(changelog, "# Changelog\n\n## [1.1.0] - 2026-12-01\n\n## [1.0.0] - 2026-11-21\n");
        GateResult complete = run(candidate("1.1.0", ADD_OPTIONAL_FIELD), "1.1.0", null, changelog);
        assertThat(complete.failures()).isEmpty();
        assertThat(complete.baselineVersion()).as("still compared with the previous release").isEqualTo("1.0.0");
        assertThat(complete.nonBreaking()).anySatisfy(c -> assertThat(c.location()).contains("`device_id`"));
    }

    @Test
    void releaseBuildFailsWhenItsBaselineIsStale() throws IOException {
        baseline("1.0.0", t -> { });
        GateResult outcome = run(candidate("1.0.0", ADD_OPTIONAL_FIELD), "1.0.0", null, null);

        assertThat(outcome.failures()).anySatisfy(f -> assertThat(f).contains("refresh the baseline"));
    }

    @Test
    void specVersionMustMatchTheMavenVersion() throws IOException {
        baseline("1.0.0", t -> { });
        GateResult outcome = run(candidate("1.0.0", t -> { }), "1.1.0-SNAPSHOT", null, null);

        assertThat(outcome.failures()).anySatisfy(f -> assertThat(f)
                .contains("info.version 1.0.0 does not match the Maven version 1.1.0-SNAPSHOT"));
    }

    @Test
    void noBaselineOnlyWarns() throws IOException {
        GateResult outcome = run(candidate("1.0.0", t -> { }), "1.0.0-SNAPSHOT", null, null);

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("no baseline"));
    }

    @Test
    void staleProvenanceFileFails() throws IOException {
        Path bundle = candidate("1.0.0", t -> { });
        Path properties = tmp.resolve("spec.properties");
        Files.writeString(properties, "spec.version=1.0.0\nspec.sha256=" + "0".repeat(64) + "\n");
        GateResult outcome = ContractGate.run(new ContractGate.Options(bundle, tmp.resolve("baseline"),
                "1.0.0-SNAPSHOT", null, null, null, properties));

        assertThat(outcome.failures()).anySatisfy(f -> assertThat(f).contains("spec.sha256=" + "0".repeat(64)));

        Files.writeString(properties, "spec.version=1.0.0\nspec.sha256=" + ContractGate.sha256(bundle) + "\n");
        assertThat(ContractGate.run(new ContractGate.Options(bundle, tmp.resolve("baseline"), "1.0.0-SNAPSHOT", null,
                null, null, properties)).failures()).isEmpty();
    }

    @Test
    void textualDifferencesNameListEntriesByTheirCode() {
        ObjectNode candidate = Bundles.current();
        Bundles.removeElement(Bundles.array(candidate,
                "/paths/~1faceid~1lite~1get_result/get/responses/400/x-faceid-errors"), "code", "VIDEO_FACE_OCCLUDE");

        assertThat(TreeDiff.differences(Bundles.current(), candidate)).containsExactly(
                "removed /paths/~1faceid~1lite~1get_result/get/responses/400/x-faceid-errors[code=VIDEO_FACE_OCCLUDE]");
    }

    @Test
    void semanticVersionsOrderAsSemverSays() {
        assertThat(SemVer.parse("1.10.0")).isGreaterThan(SemVer.parse("1.9.3"));
        assertThat(SemVer.parse("2.0.0-rc.1")).isLessThan(SemVer.parse("2.0.0"));
        assertThat(SemVer.withoutSnapshot("1.2.0-SNAPSHOT")).isEqualTo("1.2.0");
        assertThat(SemVer.isValid("1.0")).isFalse();
    }

    private void baseline(String version, Consumer<ObjectNode> mutation) {
        ObjectNode tree = Bundles.withVersion(Bundles.current(), version);
        mutation.accept(tree);
        Bundles.write(tmp.resolve("baseline/faceid-openapi-" + version + ".yaml"), tree);
    }

    private Path candidate(String version, Consumer<ObjectNode> mutation) {
        ObjectNode tree = Bundles.withVersion(Bundles.current(), version);
        mutation.accept(tree);
        return Bundles.write(tmp.resolve("bundle/faceid-openapi.yaml"), tree);
    }

    private GateResult run(Path bundle, String projectVersion, String allowBreaking, Path changelog)
            throws IOException {
        return ContractGate.run(new ContractGate.Options(bundle, tmp.resolve("baseline"), projectVersion, allowBreaking,
                tmp.resolve("contract-diff.md"), changelog, null));
    }
}
