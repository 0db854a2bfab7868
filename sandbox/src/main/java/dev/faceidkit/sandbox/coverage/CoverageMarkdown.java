package dev.faceidkit.sandbox.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A coverage report as Markdown: the totals, then the gaps (what no request met, each never-seen error with the
 * test input that provokes it), then everything that was met.
 */
public final class CoverageMarkdown {

    private CoverageMarkdown() {
    }

    /**
     * @param testInputs where links to the test inputs go, such as {@code http://127.0.0.1:8080/sandbox/test-inputs.md}
     */
    public static String render(CoverageReport report, TestInputHints hints, String testInputs) {
        StringBuilder out = new StringBuilder();
        out.append("# FaceID contract coverage").append(report.apiKey() == null ? ""
                : " of api_key `" + report.apiKey() + "`").append("\n\n");
        out.append("Counted by the FaceID sandbox (a test server, not the FaceID service) from the requests it was sent.")
                .append("\n\n");
        CoverageReport.Totals t = report.totals();
        out.append("| Kind | Seen | Documented | % |\n|---|---:|---:|---:|\n");
        row(out, "operations called", t.operations());
        row(out, "variants chosen", t.variants());
        row(out, "optional fields sent", t.fields());
        row(out, "documented errors answered", t.errors());
        row(out, "operations answered with success", t.successes());
        row(out, "**overall**", t.overall());
        if (report.unmatchedRequests() > 0) {
            out.append("\n").append(report.unmatchedRequests())
                    .append(" request(s) went to a FaceID path or method that no operation has.\n");
        }
        out.append("\n## Gaps: never exercised\n\n");
        List<String> gaps = new ArrayList<>();
        for (CoverageReport.OperationCoverage op : report.operations()) {
            String name = "`" + op.operationId() + "`";
            if (!op.seen()) {
                gaps.add("| " + name + " | operation | never called (" + op.method() + " " + op.path() + ") | |");
            }
            if (!op.success().seen()) {
                gaps.add("| " + name + " | success | never answered with success | |");
            }
            op.variants().stream().filter(v -> !v.seen()).forEach(v -> gaps.add("| " + name + " | variant | `"
                    + v.selection() + "` (" + v.name() + ") never chosen | |"));
            op.fields().stream().filter(f -> !f.sent()).forEach(f -> gaps.add("| " + name + " | field | `"
                    + f.name() + "` never sent" + (f.requiredFor().isEmpty() ? "" : " (required for "
                    + String.join(", ", f.requiredFor()) + ")") + " | |"));
            op.errors().stream().filter(e -> !e.seen()).forEach(e -> gaps.add("| " + name + " | error | `"
                    + e.code() + "` (" + e.status() + (e.billed() ? ", billed" : "") + ") never answered | "
                    + how(hints, op.path(), e.code(), testInputs) + " |"));
        }
        if (gaps.isEmpty()) {
            out.append("None: every documented item was met.\n");
        } else {
            out.append("| Operation | Kind | Gap | How to reach it |\n|---|---|---|---|\n");
            gaps.forEach(g -> out.append(g).append('\n'));
        }
        out.append("\n## Exercised\n\n| Operation | Kind | Item | Count |\n|---|---|---|---:|\n");
        for (CoverageReport.OperationCoverage op : report.operations()) {
            String name = "`" + op.operationId() + "`";
            if (op.seen()) {
                out.append("| ").append(name).append(" | requests | ").append(op.followedContract())
                        .append(" of them followed the contract | ").append(op.requests()).append(" |\n");
            }
            if (op.success().seen()) {
                out.append("| ").append(name).append(" | success | 2xx | ").append(op.success().count()).append(" |\n");
            }
            op.variants().stream().filter(CoverageReport.VariantCoverage::seen).forEach(v -> out.append("| ")
                    .append(name).append(" | variant | `").append(v.selection()).append("` | ").append(v.count())
                    .append(" |\n"));
            op.fields().stream().filter(CoverageReport.FieldCoverage::sent).forEach(f -> out.append("| ")
                    .append(name).append(" | field | `").append(f.name()).append("` | ").append(f.count())
                    .append(" |\n"));
            op.errors().stream().filter(CoverageReport.ErrorCoverage::seen).forEach(e -> out.append("| ")
                    .append(name).append(" | error | `").append(e.code()).append("` (").append(e.status())
                    .append(e.billed() ? ", billed" : "").append(") | ").append(e.count()).append(" |\n"));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String kind, CoverageReport.Ratio ratio) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f |%n", kind, ratio.seen(), ratio.documented(),
                ratio.percent()));
    }

    private static String how(TestInputHints hints, String path, String code, String testInputs) {
        return hints.forError(path, code)
                .map(h -> "[" + h.section() + "](" + testInputs + "#" + h.anchor() + "): "
                        + h.input().replaceAll("(?<!\\\\)\\|", "\\\\|"))
                .orElse("see " + testInputs);
    }
}
