package dev.faceidkit.contractgate.output;

import static dev.faceidkit.contractgate.release.Paths.display;

import dev.faceidkit.contractgate.model.Change;
import dev.faceidkit.contractgate.model.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The gate's findings as Markdown (the build writes contract-gate/target/contract-diff.md). */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static void write(GateResult result, String projectVersion, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, render(result, projectVersion));
    }

    public static String render(GateResult result, String projectVersion) {
        StringBuilder md = new StringBuilder();
        md.append("# Contract diff\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Contract", "`" + display(result.candidate()) + "`, info.version **" + result.specVersion()
                + "**" + (projectVersion == null ? "" : " (Maven " + projectVersion + ")"));
        row(md, "SHA-256", "`" + result.bundleSha256() + "`");
        row(md, "Baseline", result.baseline() == null ? "none"
                : "`" + display(result.baseline()) + "`, **" + result.baselineVersion() + "**");
        if (result.openApiDiff() != null) {
            row(md, "openapi-diff " + result.openApiDiff().version(), result.openApiDiff().verdict());
        }
        row(md, "Breaking changes", String.valueOf(result.breaking().size()));
        row(md, "Non-breaking changes", String.valueOf(result.nonBreaking().size()));
        row(md, "Smallest version step", result.requiredBump().toString());
        row(md, "Verdict", result.passed() ? "passed" : "**FAILED**");
        md.append('\n');
        list(md, "Failures", result.failures());
        list(md, "Warnings", result.warnings());
        changes(md, "Breaking changes", result.breaking());
        changes(md, "Non-breaking changes", result.nonBreaking());
        if (result.baseline() != null) {
            md.append("## Every textual difference (").append(result.differences().size()).append(")\n\n");
            if (result.differences().isEmpty()) {
                md.append("None: the bundle equals the baseline.\n\n");
            } else {
                md.append("JSON pointers into the bundle, descriptions and examples included.\n\n```\n");
                result.differences().forEach(d -> md.append(d).append('\n'));
                md.append("```\n\n");
            }
        }
        if (result.openApiDiff() != null) {
            md.append("## openapi-diff ").append(result.openApiDiff().version()).append(" report\n\n");
            md.append("openapi-diff is blind to `x-faceid-errors` and `x-extensible-enum`, and has no rule for a"
                    + " removed property (form field or response field); the rules above cover those.\n\n");
            String report = result.openApiDiff().markdown().strip();
            md.append(report.isEmpty() ? "(empty)" : report.replace("\n#", "\n###")).append("\n");
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("## ").append(title).append("\n\n");
            items.forEach(item -> md.append("- ").append(item).append('\n'));
            md.append('\n');
        }
    }

    private static void changes(StringBuilder md, String title, List<Change> changes) {
        md.append("## ").append(title).append(" (").append(changes.size()).append(")\n\n");
        if (changes.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Where | Change | Rule |\n|---|---|---|\n");
        for (Change change : changes) {
            md.append("| ").append(cell(change.location())).append(" | ").append(cell(change.description()))
                    .append(" | `").append(change.rule()).append("` |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
