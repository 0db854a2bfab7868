package dev.faceidkit.contractgate.output;

import static dev.faceidkit.contractgate.release.Paths.display;

import dev.faceidkit.contractgate.model.Change;
import dev.faceidkit.contractgate.model.GateResult;
import dev.faceidkit.contractgate.model.OpenApiDiffResult;
import java.util.List;

/** The gate's findings as build-log lines, each starting with {@code [contract-diff]}. */
public final class LogReport {

    public static final String PREFIX = "[contract-diff] ";

    private LogReport() {
    }

    public static String render(GateResult result, String projectVersion) {
        StringBuilder out = new StringBuilder();
        line(out, "contract " + result.specVersion() + " (" + (projectVersion == null ? ""
                : "Maven " + projectVersion + ", ")
                + display(result.candidate()) + ", SHA-256 " + result.bundleSha256() + ")");
        if (result.baseline() == null) {
            line(out, "baseline: none");
        } else {
            line(out, "baseline: " + result.baselineVersion() + " (" + display(result.baseline()) + ")");
            OpenApiDiffResult od = result.openApiDiff();
            line(out, "openapi-diff " + od.version() + ": " + od.verdict());
            List<Change> breaking = result.breaking();
            List<Change> nonBreaking = result.nonBreaking();
            line(out, breaking.size() + " breaking change(s)" + (breaking.isEmpty() ? "" : ":"));
            breaking.forEach(change -> line(out, "  BREAKING      " + change.location() + ": " + change.description()
                    + " [" + change.rule() + "]"));
            line(out, nonBreaking.size() + " non-breaking change(s)" + (nonBreaking.isEmpty() ? "" : ":"));
            nonBreaking.forEach(change -> line(out, "  non-breaking  " + change.location() + ": "
                    + change.description() + " [" + change.rule() + "]"));
            line(out, result.differences().size() + " textual difference(s) in the bundle in all (descriptions and"
                    + " examples included), listed in the report");
            line(out, "smallest version step for these changes: " + result.requiredBump());
        }
        result.warnings().forEach(warning -> line(out, "WARNING: " + warning));
        result.failures().forEach(failure -> line(out, "FAILED: " + failure));
        line(out, result.passed() ? "contract check passed" : "contract check FAILED");
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(PREFIX).append(text).append('\n');
    }
}
