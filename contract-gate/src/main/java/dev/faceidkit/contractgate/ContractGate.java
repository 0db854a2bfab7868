package dev.faceidkit.contractgate;

import static dev.faceidkit.contractgate.release.Paths.display;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.ContractComparator;
import dev.faceidkit.contractgate.compare.IntegerRangePatterns;
import dev.faceidkit.contractgate.compare.Json;
import dev.faceidkit.contractgate.compare.OpenApiDiffRunner;
import dev.faceidkit.contractgate.compare.TreeDiff;
import dev.faceidkit.contractgate.model.Change;
import dev.faceidkit.contractgate.model.Comparison;
import dev.faceidkit.contractgate.model.Compatibility;
import dev.faceidkit.contractgate.model.GateResult;
import dev.faceidkit.contractgate.model.OpenApiDiffResult;
import dev.faceidkit.contractgate.model.SemVer;
import dev.faceidkit.contractgate.output.MarkdownReport;
import dev.faceidkit.contractgate.release.Baselines;
import dev.faceidkit.contractgate.release.ReleaseChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The library API of the breaking-change gate.
 *
 * <ul>
 *   <li>{@link #compare(Path, Path)}: two contracts, every change with its rule and whether it breaks consumers,
 *       and the version bump they need. No release rule.</li>
 *   <li>{@link #run(Options)}: the release gate this project runs on its own bundle: the comparison with the right
 *       baseline, then the version rules (a breaking change needs a major version or an override; info.version
 *       equals the Maven version; a release build has its baseline and changelog entry; the provenance file names
 *       the bundle). It passed when {@link GateResult#failures()} is empty.</li>
 * </ul>
 */
public final class ContractGate {

    /**
     * What the gate looks at. {@code baseline} is a baseline directory ({@code faceid-openapi-<version>.yaml}
     * files, the one to compare with is chosen by version) or one contract file. Everything but {@code candidate}
     * may be null: {@code projectVersion} null skips the version sync and release checks, {@code report} null
     * writes no Markdown report, {@code changelog} and {@code specProperties} null are not checked.
     */
    public record Options(Path candidate, Path baseline, String projectVersion, String allowBreaking, Path report,
            Path changelog, Path specProperties) {
    }

    /** The rule name of openapi-diff's whole-document verdict, when no named rule itemized a break. */
    public static final String OPENAPI_DIFF_RULE = "openapi-diff-incompatible";

    private ContractGate() {
    }

    /** Compares two contract files (YAML or JSON bundles). */
    public static Comparison compare(Path baseline, Path candidate) throws IOException {
        return compare(parse(baseline, read(baseline)), parse(candidate, read(candidate)));
    }

    /** Compares two parsed bundles (neither is modified). */
    public static Comparison compare(JsonNode oldTree, JsonNode newTree) throws JsonProcessingException {
        List<Change> changes = new ArrayList<>(ContractComparator.compare(oldTree, newTree));
        OpenApiDiffResult openApiDiff = OpenApiDiffRunner.run(
                Json.YAML.writeValueAsString(IntegerRangePatterns.withoutRangePatterns(oldTree)),
                Json.YAML.writeValueAsString(IntegerRangePatterns.withoutRangePatterns(newTree)));
        // openapi-diff gives one verdict; if it sees a break the named rules did not itemize, it still counts.
        if (openApiDiff.incompatible() && changes.stream().noneMatch(Change::isBreaking)) {
            changes.add(0, new Change(OPENAPI_DIFF_RULE, Compatibility.BREAKING,
                    "(whole contract)", "openapi-diff " + openApiDiff.version() + " reports an incompatible change"
                    + " that the faceid rules did not itemize: see its report", Change.OPENAPI_DIFF));
        }
        return new Comparison(changes, TreeDiff.differences(oldTree, newTree), openApiDiff);
    }

    /** Runs the release gate and writes the Markdown report when {@code options.report()} is set. */
    public static GateResult run(Options options) throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String bundleText = read(options.candidate());
        JsonNode bundle = parse(options.candidate(), bundleText);
        String specVersion = bundle.path("info").path("version").asText("");
        String sha256 = sha256(Files.readAllBytes(options.candidate()));

        ReleaseChecks.versionSync(specVersion, options.projectVersion(), failures);
        boolean snapshot = options.projectVersion() != null && options.projectVersion().endsWith("-SNAPSHOT");
        boolean directory = isDirectory(options.baseline());
        NavigableMap<SemVer, Path> baselines = directory ? Baselines.list(options.baseline(), failures)
                : single(options.baseline());

        Comparison comparison = null;
        Path baselinePath = null;
        String baselineVersion = null;
        if (SemVer.isValid(specVersion)) {
            SemVer current = SemVer.parse(specVersion);
            Map.Entry<SemVer, Path> target;
            Path same = null;
            if (directory) {
                Map.Entry<SemVer, Path> older = baselines.lowerEntry(current);
                same = baselines.get(current);
                target = older != null ? older : same == null ? null : Map.entry(current, same);
                SemVer newest = baselines.isEmpty() ? null : baselines.lastKey();
                if (newest != null && newest.compareTo(current) > 0) {
                    failures.add("info.version " + current + " is older than the newest baseline " + newest
                            + ": versions only go up");
                }
            } else {
                target = baselines.firstEntry();
            }
            if (target == null) {
                warnings.add("no baseline in " + display(options.baseline()) + ": nothing to compare with (first"
                        + " release). Create " + display(Baselines.fileOf(options.baseline(), current))
                        + " when releasing.");
            } else {
                baselinePath = target.getValue();
                baselineVersion = target.getKey().toString();
                comparison = compare(baselinePath, options.candidate());
                ReleaseChecks.judgeBreaking(comparison.breaking().size(), target.getKey(), current,
                        options.allowBreaking(), failures, warnings);
            }
            if (same != null && !sha256(Files.readAllBytes(same)).equals(sha256)) {
                String message = "the bundle differs from " + display(same) + ", the baseline of " + current + ". If "
                        + current + " is released, raise info.version and the Maven version; if it is being prepared,"
                        + " refresh the baseline when releasing: cp " + display(options.candidate()) + " "
                        + display(same);
                (snapshot ? warnings : failures).add(message);
            }
            if (directory && !snapshot && options.projectVersion() != null) {
                if (same == null) {
                    failures.add("release build of " + current + " without its baseline: cp "
                            + display(options.candidate()) + " " + display(Baselines.fileOf(options.baseline(),
                            current)));
                }
                ReleaseChecks.changelog(options.changelog(), current, failures);
            }
        }
        ReleaseChecks.provenance(options.specProperties(), specVersion, sha256, failures);

        GateResult result = new GateResult(options.candidate(), specVersion, sha256, baselinePath, baselineVersion,
                comparison, failures, warnings);
        if (options.report() != null) {
            MarkdownReport.write(result, options.projectVersion(), options.report());
        }
        return result;
    }

    /**
     * A baseline directory, or one file? A path that does not exist is an (empty) directory unless it is named like
     * a contract file, so that a missing file is reported as such rather than as "no baseline".
     */
    private static boolean isDirectory(Path baseline) {
        if (baseline == null || Files.isDirectory(baseline)) {
            return true;
        }
        String name = baseline.getFileName().toString();
        return !Files.exists(baseline) && !name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json");
    }

    /** One baseline file given directly: its version is its info.version. */
    private static NavigableMap<SemVer, Path> single(Path file) throws IOException {
        JsonNode tree = parse(file, read(file));
        String version = tree.path("info").path("version").asText("");
        if (!SemVer.isValid(version)) {
            throw new ContractInputException(display(file) + ": info.version '" + version
                    + "' is not a semantic version");
        }
        NavigableMap<SemVer, Path> map = new TreeMap<>();
        map.put(SemVer.parse(version), file);
        return map;
    }

    private static String read(Path file) throws ContractInputException {
        if (file == null) {
            throw new ContractInputException("no contract file given");
        }
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ContractInputException(display(file) + ": no such file");
        } catch (IOException e) {
            throw new ContractInputException(display(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A bundle must at least be a YAML/JSON object with an {@code openapi} version and {@code paths}. */
    private static JsonNode parse(Path file, String text) throws ContractInputException {
        JsonNode tree;
        try {
            tree = Json.YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ContractInputException(display(file) + ": not YAML or JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (tree == null || !tree.isObject() || !tree.hasNonNull("openapi")) {
            throw new ContractInputException(display(file) + ": not an OpenAPI document (no 'openapi' field)");
        }
        return tree;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }
}
