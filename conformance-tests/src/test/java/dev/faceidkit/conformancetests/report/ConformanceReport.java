package dev.faceidkit.conformancetests.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.DocumentedError;
import dev.faceidkit.conformancetests.contract.Operation;
import dev.faceidkit.conformancetests.report.ConformanceLedger.ErrorReached;
import dev.faceidkit.conformancetests.report.ConformanceLedger.ExampleResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The summary of one run: per operation, the example checks passed and failed (by kind), and which documented
 * error codes the sandbox was seen to produce, per status. Rendered as Markdown, JSON and one closing line.
 */
final class ConformanceReport {

    private final Contract contract;
    private final List<ExampleResult> examples;
    private final Set<String> reached;

    ConformanceReport(Contract contract, List<ExampleResult> examples, Set<ErrorReached> reached) {
        this.contract = contract;
        this.examples = examples;
        this.reached = reached.stream().map(r -> key(r.operationId(), r.status(), r.code())).collect(Collectors.toSet());
    }

    String summaryLine() {
        long passed = examples.stream().filter(ExampleResult::passed).count();
        List<DocumentedError> errors = contract.documentedErrors();
        return "conformance: " + contract.operations().size() + " operations, " + examples.size() + " examples ("
                + passed + " passed, " + (examples.size() - passed) + " failed), " + covered(errors) + "/"
                + errors.size() + " error codes covered";
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# FaceID conformance report\n\n").append(summaryLine()).append("\n\n");
        md.append("## Examples\n\n| Operation |");
        for (ExampleCheck check : ExampleCheck.values()) {
            md.append(' ').append(check.description()).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(ExampleCheck.values().length)).append('\n');
        for (Operation op : contract.operations()) {
            md.append("| ").append(op.label()).append(" |");
            for (ExampleCheck check : ExampleCheck.values()) {
                List<ExampleResult> results = results(op.id(), check);
                long passed = results.stream().filter(ExampleResult::passed).count();
                md.append(' ').append(passed).append(" passed, ").append(results.size() - passed).append(" failed |");
            }
            md.append('\n');
        }
        List<ExampleResult> failed = examples.stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            md.append("\n### Failed examples\n\n");
            failed.forEach(r -> md.append("- ").append(r.operationId()).append(' ').append(r.example()).append(" (")
                    .append(r.check().description()).append("): ").append(r.problem()).append('\n'));
        }
        md.append("\n## Documented error codes reached through the sandbox\n\n| Operation | Status | Codes |\n|---|---|---|\n");
        for (Operation op : contract.operations()) {
            contract.responses(op).keySet().stream().filter(status -> status >= 400).forEach(status -> {
                List<DocumentedError> rows = contract.documentedErrors(op, status);
                md.append("| ").append(op.id()).append(" | ").append(status).append(" | ").append(rows.stream()
                        .map(e -> (isCovered(e) ? "✅ " : "❌ ") + e.code()).collect(Collectors.joining(", ")))
                        .append(" |\n");
            });
        }
        return md.toString();
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("summary", summaryLine());
        ArrayNode exampleArray = root.putArray("examples");
        examples.forEach(r -> exampleArray.addObject().put("operation", r.operationId()).put("check", r.check().name())
                .put("example", r.example()).put("passed", r.passed()).put("problem", r.problem()));
        ArrayNode errorArray = root.putArray("errorCodes");
        contract.documentedErrors().forEach(e -> errorArray.addObject().put("operation", e.operation().id())
                .put("status", e.status()).put("code", e.code()).put("covered", isCovered(e)));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ExampleResult> results(String operationId, ExampleCheck check) {
        return examples.stream().filter(r -> r.operationId().equals(operationId) && r.check() == check).toList();
    }

    private long covered(List<DocumentedError> errors) {
        return errors.stream().filter(this::isCovered).count();
    }

    private boolean isCovered(DocumentedError error) {
        return reached.contains(key(error.operation().id(), error.status(), error.code()));
    }

    private static String key(String operationId, int status, String code) {
        return operationId + " " + status + " " + code;
    }
}
