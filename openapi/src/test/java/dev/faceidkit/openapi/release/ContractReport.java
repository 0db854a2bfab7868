package dev.faceidkit.openapi.release;

import java.util.List;

/** The gate's findings as build-log lines and as Markdown (openapi/target/contract-diff.md). */
final class ContractReport {

    private static final String LOG = "[contract-diff] ";

    private ContractReport() {
    }

    static String log(ContractGate.Outcome outcome, ContractGate.Options options) {
        StringBuilder out = new StringBuilder();
        line(out, "contract " + outcome.specVersion() + " (Maven " + options.projectVersion() + ", "
                + ContractGate.display(options.bundle()) + ", SHA-256 " + outcome.bundleSha256() + ")");
        if (outcome.baseline() == null) {
            line(out, "baseline: none");
        } else {
            line(out, "baseline: " + outcome.baselineVersion() + " (" + ContractGate.display(outcome.baseline()) + ")");
            OpenApiDiffCheck od = outcome.openApiDiff();
            line(out, "openapi-diff " + od.version() + ": " + od.verdict());
            List<Change> breaking = outcome.breaking();
            List<Change> nonBreaking = outcome.nonBreaking();
            line(out, breaking.size() + " breaking change(s)" + (breaking.isEmpty() ? "" : ":"));
            breaking.forEach(change -> line(out, "  BREAKING      " + change.location() + ": " + change.description()
                    + (change.source().equals(Change.FACEID_RULES) ? "" : " [" + change.source() + "]")));
            line(out, nonBreaking.size() + " non-breaking change(s)" + (nonBreaking.isEmpty() ? "" : ":"));
            nonBreaking.forEach(change -> line(out, "  non-breaking  " + change.location() + ": "
                    + change.description()));
            line(out, outcome.differences().size() + " textual difference(s) in the bundle in all (descriptions and"
                    + " examples included), listed in the report");
        }
        outcome.warnings().forEach(warning -> line(out, "WARNING: " + warning));
        outcome.failures().forEach(failure -> line(out, "FAILED: " + failure));
        line(out, outcome.passed() ? "contract check passed" : "contract check FAILED");
        return out.toString();
    }

    static String markdown(ContractGate.Outcome outcome, ContractGate.Options options) {
        StringBuilder md = new StringBuilder();
        md.append("# Contract diff\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Contract", "`" + ContractGate.display(options.bundle()) + "`, info.version **" + outcome.specVersion()
                + "** (Maven " + options.projectVersion() + ")");
        row(md, "SHA-256", "`" + outcome.bundleSha256() + "`");
        row(md, "Baseline", outcome.baseline() == null ? "none"
                : "`" + ContractGate.display(outcome.baseline()) + "`, **" + outcome.baselineVersion() + "**");
        if (outcome.openApiDiff() != null) {
            row(md, "openapi-diff " + outcome.openApiDiff().version(), outcome.openApiDiff().verdict());
        }
        row(md, "Breaking changes", String.valueOf(outcome.breaking().size()));
        row(md, "Non-breaking changes", String.valueOf(outcome.nonBreaking().size()));
        row(md, "Verdict", outcome.passed() ? "passed" : "**FAILED**");
        md.append('\n');
        if (!outcome.failures().isEmpty()) {
            md.append("## Failures\n\n");
            outcome.failures().forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        if (!outcome.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            outcome.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
        changes(md, "Breaking changes", outcome.breaking());
        changes(md, "Non-breaking changes", outcome.nonBreaking());
        if (outcome.baseline() != null) {
            md.append("## Every textual difference (").append(outcome.differences().size()).append(")\n\n");
            if (outcome.differences().isEmpty()) {
                md.append("None: the bundle equals the baseline.\n\n");
            } else {
                md.append("JSON pointers into the bundle, descriptions and examples included.\n\n```\n");
                outcome.differences().forEach(d -> md.append(d).append('\n'));
                md.append("```\n\n");
            }
        }
        if (outcome.openApiDiff() != null) {
            md.append("## openapi-diff ").append(outcome.openApiDiff().version()).append(" report\n\n");
            md.append("openapi-diff is blind to `x-faceid-errors` and `x-extensible-enum`, and has no rule for a"
                    + " removed property (form field or response field); the rules above cover those.\n\n");
            String report = outcome.openApiDiff().markdown().strip();
            md.append(report.isEmpty() ? "(empty)" : report.replace("\n#", "\n###")).append("\n");
        }
        return md.toString();
    }

    private static void changes(StringBuilder md, String title, List<Change> changes) {
        md.append("## ").append(title).append(" (").append(changes.size()).append(")\n\n");
        if (changes.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Where | Change | Found by |\n|---|---|---|\n");
        for (Change change : changes) {
            md.append("| ").append(cell(change.location())).append(" | ").append(cell(change.description()))
                    .append(" | ").append(change.source()).append(" |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static void line(StringBuilder out, String text) {
        out.append(LOG).append(text).append('\n');
    }
}
