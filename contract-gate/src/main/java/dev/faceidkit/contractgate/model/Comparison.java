package dev.faceidkit.contractgate.model;

import java.util.List;

/**
 * Two contracts compared, without any release rule: every classified change, every textual difference (JSON
 * pointers), openapi-diff's verdict, and the version bump the changes need.
 */
public record Comparison(List<Change> changes, List<String> differences, OpenApiDiffResult openApiDiff) {

    public Comparison {
        changes = List.copyOf(changes);
        differences = List.copyOf(differences);
    }

    public List<Change> breaking() {
        return changes.stream().filter(Change::isBreaking).toList();
    }

    public List<Change> nonBreaking() {
        return changes.stream().filter(change -> !change.isBreaking()).toList();
    }

    public boolean hasBreakingChanges() {
        return changes.stream().anyMatch(Change::isBreaking);
    }

    /** The semantic-version verdict: MAJOR, MINOR, PATCH or NONE. */
    public VersionBump requiredBump() {
        return VersionBump.of(hasBreakingChanges(), !changes.isEmpty(), !differences.isEmpty());
    }
}
