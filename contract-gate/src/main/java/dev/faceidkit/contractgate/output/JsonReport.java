package dev.faceidkit.contractgate.output;

import static dev.faceidkit.contractgate.release.Paths.display;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractgate.model.Change;
import dev.faceidkit.contractgate.model.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The gate's findings as JSON, for tools (CI annotations, dashboards): the verdict, the version step, and every
 * change with its rule. openapi-diff's own Markdown report is left out (it is in the Markdown report).
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void write(GateResult result, String projectVersion, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(result, projectVersion));
    }

    public static String render(GateResult result, String projectVersion) {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", result.passed());
        root.put("requiredBump", result.requiredBump().toString());
        ObjectNode contract = root.putObject("contract");
        contract.put("file", display(result.candidate()));
        contract.put("version", result.specVersion());
        contract.put("sha256", result.bundleSha256());
        contract.put("projectVersion", projectVersion);
        if (result.baseline() == null) {
            root.putNull("baseline");
        } else {
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("file", display(result.baseline()));
            baseline.put("version", result.baselineVersion());
        }
        if (result.openApiDiff() != null) {
            ObjectNode od = root.putObject("openApiDiff");
            od.put("version", result.openApiDiff().version());
            od.put("verdict", result.openApiDiff().verdict());
        }
        root.put("breakingCount", result.breaking().size());
        root.put("nonBreakingCount", result.nonBreaking().size());
        ArrayNode changes = root.putArray("changes");
        for (Change change : result.changes()) {
            ObjectNode item = changes.addObject();
            item.put("rule", change.rule());
            item.put("breaking", change.isBreaking());
            item.put("location", change.location());
            item.put("message", change.description());
            item.put("source", change.source());
        }
        strings(root.putArray("failures"), result.failures());
        strings(root.putArray("warnings"), result.warnings());
        strings(root.putArray("differences"), result.differences());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
