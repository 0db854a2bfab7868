package dev.faceidkit.contractgate.release;

import static dev.faceidkit.contractgate.release.Paths.display;

import dev.faceidkit.contractgate.model.SemVer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The release rules that do not compare contracts: versions, changelog, provenance, the verdict on breaking. */
public final class ReleaseChecks {

    private ReleaseChecks() {
    }

    /** info.version must equal the Maven version without -SNAPSHOT, and be a semantic version. */
    public static void versionSync(String specVersion, String projectVersion, List<String> failures) {
        if (!SemVer.isValid(specVersion)) {
            failures.add("info.version '" + specVersion + "' is not a semantic version MAJOR.MINOR.PATCH");
        }
        if (projectVersion != null && !specVersion.equals(SemVer.withoutSnapshot(projectVersion))) {
            failures.add("info.version " + specVersion + " does not match the Maven version " + projectVersion
                    + ": they move together (expected info.version " + SemVer.withoutSnapshot(projectVersion) + ")");
        }
    }

    /**
     * Breaking changes pass only with a higher major version than the baseline's, or with an override reason
     * (printed and reported, for when the contract was wrong about the real service).
     */
    public static void judgeBreaking(long breaking, SemVer baseline, SemVer current, String allowBreaking,
            List<String> failures, List<String> warnings) {
        if (breaking == 0) {
            return;
        }
        if (current.major() > baseline.major()) {
            warnings.add(breaking + " breaking change(s) accepted: the major version was raised (" + baseline + " → "
                    + current + ")");
        } else if (allowBreaking != null && !allowBreaking.isBlank()) {
            warnings.add(breaking + " breaking change(s) ALLOWED BY OVERRIDE -Dfaceid.allowBreaking: \""
                    + allowBreaking.strip() + "\"");
        } else {
            failures.add(breaking + " breaking change(s) against the released contract " + baseline + " while"
                    + " info.version is " + current + " (same major version). Undo them, or raise the major version"
                    + " (info.version and the Maven version, see docs/RELEASING.md), or, for a deliberate"
                    + " exception, build with -Dfaceid.allowBreaking=\"<reason>\" (command line: --allow-breaking \"<reason>\")");
        }
    }

    /** A release build needs a "## [version]" entry in the changelog. */
    public static void changelog(Path changelog, SemVer version, List<String> failures) throws IOException {
        if (changelog == null) {
            return;
        }
        String heading = "## [" + version + "]";
        if (!Files.isRegularFile(changelog) || Files.readAllLines(changelog).stream()
                .noneMatch(line -> line.startsWith(heading))) {
            failures.add("release build of " + version + ": " + display(changelog) + " has no entry '" + heading
                    + " - YYYY-MM-DD'");
        }
    }

    /** The provenance file (spec.properties) must name the bundle's version and SHA-256. */
    public static void provenance(Path specProperties, String specVersion, String sha256, List<String> failures)
            throws IOException {
        if (specProperties == null) {
            return;
        }
        if (!Files.isRegularFile(specProperties)) {
            failures.add("provenance file " + display(specProperties) + " is missing");
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(specProperties)) {
            properties.load(in);
        }
        if (!specVersion.equals(properties.getProperty("spec.version"))) {
            failures.add(display(specProperties) + ": spec.version=" + properties.getProperty("spec.version")
                    + " but the bundle's info.version is " + specVersion);
        }
        if (!sha256.equals(properties.getProperty("spec.sha256"))) {
            failures.add(display(specProperties) + ": spec.sha256=" + properties.getProperty("spec.sha256")
                    + " but the bundle's SHA-256 is " + sha256);
        }
    }
}
