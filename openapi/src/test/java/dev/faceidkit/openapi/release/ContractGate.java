package dev.faceidkit.openapi.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The release gate of the contract, run by the openapi module's build (exec, phase process-test-classes, so that
 * it runs with -DskipTests too) and by the tests:
 *
 * <ol>
 *   <li>{@code info.version} of the bundle equals the Maven project version without {@code -SNAPSHOT}.</li>
 *   <li>The bundle is compared with the last released contract kept in {@code openapi/baseline/}
 *       ({@code faceid-openapi-<version>.yaml}): the newest baseline older than {@code info.version}, or, when there
 *       is none (the first release), the baseline of {@code info.version} itself. Any breaking change fails the
 *       build unless the major version was raised above the baseline's, or {@code -Dfaceid.allowBreaking="reason"}
 *       is given (the reason is printed and written to the report).</li>
 *   <li>A baseline of {@code info.version} itself must be byte-identical to the bundle; a difference is a warning
 *       in a -SNAPSHOT build and a failure in a release build. A release build also needs a CHANGELOG.md entry
 *       {@code ## [<version>]} and that baseline.</li>
 *   <li>The provenance file (spec.properties) names the bundle's version and SHA-256.</li>
 * </ol>
 *
 * Every change, breaking or not, is printed to the build log and written to the Markdown report.
 */
public final class ContractGate {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern BASELINE_NAME = Pattern.compile("faceid-openapi-(.+)\\.yaml");
    private static final String LOG = "[contract-diff] ";

    /** What the gate looks at. {@code changelog} and {@code specProperties} may be null (not checked). */
    public record Options(Path bundle, Path baselineDir, String projectVersion, String allowBreaking, Path report,
            Path changelog, Path specProperties) {
    }

    /** The gate's findings. It passed when {@code failures} is empty. */
    public record Outcome(String specVersion, String baselineVersion, Path baseline, List<Change> changes,
            OpenApiDiffCheck openApiDiff, List<String> differences, List<String> failures, List<String> warnings,
            String bundleSha256) {

        public boolean passed() {
            return failures.isEmpty();
        }

        public List<Change> breaking() {
            return changes.stream().filter(Change::isBreaking).toList();
        }

        public List<Change> nonBreaking() {
            return changes.stream().filter(change -> !change.isBreaking()).toList();
        }
    }

    private ContractGate() {
    }

    public static void main(String[] args) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println(LOG + "usage: --bundle=FILE --baseline-dir=DIR --project-version=V"
                        + " [--allow-breaking=REASON] [--report=FILE] [--changelog=FILE] [--spec-properties=FILE]");
                System.exit(2);
            }
            arguments.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Options options = new Options(path(arguments.get("bundle")), path(arguments.get("baseline-dir")),
                arguments.get("project-version"), arguments.getOrDefault("allow-breaking", ""),
                path(arguments.get("report")), path(arguments.get("changelog")),
                path(arguments.get("spec-properties")));
        Outcome outcome;
        try {
            outcome = run(options);
        } catch (IOException | RuntimeException e) {
            System.err.println(LOG + "could not compare the contract: " + e);
            System.exit(2);
            return;
        }
        System.out.print(ContractReport.log(outcome, options));
        if (options.report() != null) {
            System.out.println(LOG + "report: " + display(options.report()));
        }
        System.exit(outcome.passed() ? 0 : 1);
    }

    /** Runs every check and writes the report (when {@code options.report()} is set). */
    public static Outcome run(Options options) throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String bundleText = Files.readString(options.bundle());
        JsonNode bundle = YAML.readTree(bundleText);
        String specVersion = bundle.path("info").path("version").asText("");
        String sha256 = sha256(Files.readAllBytes(options.bundle()));

        checkVersionSync(specVersion, options.projectVersion(), failures);
        boolean snapshot = options.projectVersion() != null && options.projectVersion().endsWith("-SNAPSHOT");

        NavigableMap<SemVer, Path> baselines = baselines(options.baselineDir(), failures);
        List<Change> changes = new ArrayList<>();
        List<String> differences = List.of();
        OpenApiDiffCheck openApiDiff = null;
        Path baselinePath = null;
        String baselineVersion = null;

        if (SemVer.isValid(specVersion)) {
            SemVer current = SemVer.parse(specVersion);
            Map.Entry<SemVer, Path> older = baselines.lowerEntry(current);
            Path same = baselines.get(current);
            Map.Entry<SemVer, Path> target = older != null ? older : same == null ? null : Map.entry(current, same);
            SemVer newest = baselines.isEmpty() ? null : baselines.lastKey();
            if (newest != null && newest.compareTo(current) > 0) {
                failures.add("info.version " + current + " is older than the newest baseline " + newest
                        + ": versions only go up");
            }
            if (target == null) {
                warnings.add("no baseline in " + display(options.baselineDir()) + ": nothing to compare with (first"
                        + " release). Create " + baselineFile(options, current) + " when releasing.");
            } else {
                baselinePath = target.getValue();
                baselineVersion = target.getKey().toString();
                String baselineText = Files.readString(baselinePath);
                JsonNode baseline = YAML.readTree(baselineText);
                changes.addAll(ContractDiff.compare(baseline, bundle));
                differences = TreeDiff.differences(baseline, bundle);
                openApiDiff = OpenApiDiffCheck.run(baselineText, bundleText);
                if (openApiDiff.incompatible() && changes.stream().noneMatch(Change::isBreaking)) {
                    changes.add(0, new Change(Change.Severity.BREAKING, "(whole contract)", "openapi-diff "
                            + openApiDiff.version() + " reports an incompatible change that the faceid rules did not"
                            + " itemize: see its report", Change.OPENAPI_DIFF));
                }
                judgeBreaking(changes, target.getKey(), current, options.allowBreaking(), failures, warnings);
            }
            if (same != null && !sha256(Files.readAllBytes(same)).equals(sha256)) {
                String message = "the bundle differs from " + display(same) + ", the baseline of " + current + ". If "
                        + current + " is released, raise info.version and the Maven version; if it is being prepared,"
                        + " refresh the baseline when releasing: cp " + display(options.bundle()) + " " + display(same);
                if (snapshot) {
                    warnings.add(message);
                } else {
                    failures.add(message);
                }
            }
            if (!snapshot && options.projectVersion() != null) {
                if (same == null) {
                    failures.add("release build of " + current + " without its baseline: cp "
                            + display(options.bundle()) + " " + baselineFile(options, current));
                }
                checkChangelog(options.changelog(), current, failures);
            }
        }
        checkProvenance(options.specProperties(), specVersion, sha256, failures);

        Outcome outcome = new Outcome(specVersion, baselineVersion, baselinePath, List.copyOf(changes), openApiDiff,
                differences, List.copyOf(failures), List.copyOf(warnings), sha256);
        if (options.report() != null) {
            Files.createDirectories(options.report().toAbsolutePath().getParent());
            Files.writeString(options.report(), ContractReport.markdown(outcome, options));
        }
        return outcome;
    }

    private static void judgeBreaking(List<Change> changes, SemVer baseline, SemVer current, String allowBreaking,
            List<String> failures, List<String> warnings) {
        long breaking = changes.stream().filter(Change::isBreaking).count();
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
                    + " exception, build with -Dfaceid.allowBreaking=\"<reason>\"");
        }
    }

    /** info.version must equal the Maven version without -SNAPSHOT, and be a semantic version. */
    static void checkVersionSync(String specVersion, String projectVersion, List<String> failures) {
        if (!SemVer.isValid(specVersion)) {
            failures.add("info.version '" + specVersion + "' is not a semantic version MAJOR.MINOR.PATCH");
        }
        if (projectVersion != null && !specVersion.equals(SemVer.withoutSnapshot(projectVersion))) {
            failures.add("info.version " + specVersion + " does not match the Maven version " + projectVersion
                    + ": they move together (expected info.version " + SemVer.withoutSnapshot(projectVersion) + ")");
        }
    }

    static NavigableMap<SemVer, Path> baselines(Path dir, List<String> failures) throws IOException {
        NavigableMap<SemVer, Path> baselines = new TreeMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return baselines;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = BASELINE_NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                if (!SemVer.isValid(m.group(1))) {
                    failures.add("baseline " + display(file) + ": '" + m.group(1) + "' is not a semantic version");
                    continue;
                }
                String inside = YAML.readTree(file.toFile()).path("info").path("version").asText("");
                if (!inside.equals(m.group(1))) {
                    failures.add("baseline " + display(file) + " has info.version '" + inside + "': a baseline is the"
                            + " unchanged bundle of the release its name says");
                }
                baselines.put(SemVer.parse(m.group(1)), file);
            }
        }
        return baselines;
    }

    private static void checkChangelog(Path changelog, SemVer version, List<String> failures) throws IOException {
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

    private static void checkProvenance(Path specProperties, String specVersion, String sha256,
            List<String> failures) throws IOException {
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

    private static String baselineFile(Options options, SemVer version) {
        Path dir = options.baselineDir() == null ? Path.of("openapi/baseline") : options.baselineDir();
        return display(dir.resolve("faceid-openapi-" + version + ".yaml"));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path relative to the working directory (the repository root in the build) when it is below it. */
    static String display(Path path) {
        if (path == null) {
            return "(none)";
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
