package dev.faceidkit.contractgate.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The gate's findings: the comparison with the chosen baseline (null when there is none) and the release rules'
 * failures and warnings. The gate passed when {@code failures} is empty.
 */
public record GateResult(Path candidate, String specVersion, String bundleSha256, Path baseline,
        String baselineVersion, Comparison comparison, List<String> failures, List<String> warnings) {

    public GateResult {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public List<Change> changes() {
        return comparison == null ? List.of() : comparison.changes();
    }

    public List<Change> breaking() {
        return comparison == null ? List.of() : comparison.breaking();
    }

    public List<Change> nonBreaking() {
        return comparison == null ? List.of() : comparison.nonBreaking();
    }

    public List<String> differences() {
        return comparison == null ? List.of() : comparison.differences();
    }

    public OpenApiDiffResult openApiDiff() {
        return comparison == null ? null : comparison.openApiDiff();
    }

    /** The version bump the changes need; NONE without a baseline. */
    public VersionBump requiredBump() {
        return comparison == null ? VersionBump.NONE : comparison.requiredBump();
    }
}
