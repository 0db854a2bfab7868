package dev.faceidkit.conformancetests.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.DocumentedError;
import dev.faceidkit.conformancetests.contract.ErrorText;
import dev.faceidkit.conformancetests.contract.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The error catalogue against the named examples beside it: every documented code, and every listed detail
 * value, of each operation and status has a named example; every error response has a catalogue; no example
 * shows a code the catalogue of its response lacks.
 */
final class ErrorExampleCoverage {

    private final Contract contract;

    ErrorExampleCoverage(Contract contract) {
        this.contract = contract;
    }

    /** Why this documented error lacks an example; empty when it has one for the code and each detail value. */
    List<String> missingExamples(DocumentedError error) {
        List<ErrorText> shown = exampleErrors(error.operation(), error.status());
        List<String> missing = new ArrayList<>();
        if (shown.stream().noneMatch(e -> e.code().equals(error.code()))) {
            missing.add(error.label() + ": no named example");
        }
        for (String detail : error.detailValues()) {
            if (shown.stream().noneMatch(e -> e.code().equals(error.code()) && Objects.equals(e.detail(), detail))) {
                missing.add(error.label() + ": no named example with detail '" + detail + "'");
            }
        }
        return missing;
    }

    /** Error responses without a catalogue, and examples whose code their response's catalogue lacks. */
    List<String> catalogueProblems() {
        List<String> problems = new ArrayList<>();
        for (Operation op : contract.operations()) {
            for (Map.Entry<Integer, JsonNode> response : contract.responses(op).entrySet()) {
                int status = response.getKey();
                if (status < 400) {
                    continue;
                }
                List<String> codes = contract.documentedErrors(op, status).stream().map(DocumentedError::code).toList();
                if (codes.isEmpty()) {
                    problems.add(op.id() + " " + status + ": error response without x-faceid-errors");
                }
                for (ErrorText shown : exampleErrors(op, status)) {
                    if (!codes.contains(shown.code())) {
                        problems.add(op.id() + " " + status + ": example code " + shown.code()
                                + " is not in x-faceid-errors");
                    }
                }
            }
        }
        return problems;
    }

    /** Every problem of the whole contract. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(catalogueProblems());
        contract.documentedErrors().forEach(error -> problems.addAll(missingExamples(error)));
        return problems;
    }

    private List<ErrorText> exampleErrors(Operation op, int status) {
        List<ErrorText> shown = new ArrayList<>();
        contract.responses(op).getOrDefault(status, MissingNode.getInstance())
                .path("content").forEach(media -> media.path("examples").forEach(example -> {
                    ErrorText text = ErrorText.of(contract.deref(example).path("value"));
                    if (text != null) {
                        shown.add(text);
                    }
                }));
        return shown;
    }
}
