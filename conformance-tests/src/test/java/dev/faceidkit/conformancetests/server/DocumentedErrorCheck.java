package dev.faceidkit.conformancetests.server;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.DocumentedError;
import dev.faceidkit.conformancetests.contract.ErrorText;
import dev.faceidkit.conformancetests.contract.Operation;
import dev.faceidkit.testsupport.http.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a response is the documented error a test input is meant to reach: the body's code (and detail) is
 * the expected one, the catalogue of the operation lists that code for exactly the status that came back (and
 * the detail among its known values, if it lists any), Prism's proxy had nothing to object to, and the body
 * is valid against that status's schema (swagger-request-validator).
 */
final class DocumentedErrorCheck {

    private final Contract contract;
    private final ResponseContract responses;

    DocumentedErrorCheck(Contract contract, ResponseContract responses) {
        this.contract = contract;
        this.responses = responses;
    }

    List<String> problems(String operationId, String code, String detail, Reply response) {
        Operation operation = contract.operation(operationId);
        List<String> problems = new ArrayList<>(PrismVerdict.problems(response));
        ErrorText text = ErrorText.of(response.contentType() != null && response.contentType().startsWith("text/plain")
                ? TextNode.valueOf(response.text()) : response.jsonOrMissing());
        if (text == null || !text.code().equals(code) || !Objects.equals(text.detail(), detail)) {
            problems.add("expected " + new ErrorText(code, detail) + ", got " + text);
        }
        List<DocumentedError> documented = contract.documentedErrors(operation, response.status()).stream()
                .filter(e -> e.code().equals(code)).toList();
        if (documented.isEmpty()) {
            problems.add(code + " is not documented for " + operationId + " with status " + response.status());
        } else if (detail != null && !documented.get(0).detailValues().isEmpty()
                && !documented.get(0).detailValues().contains(detail)) {
            problems.add("detail '" + detail + "' is not among the documented " + documented.get(0).detailValues());
        }
        responses.problems(operation, response).forEach(p -> problems.add("swagger-request-validator: " + p));
        return problems;
    }
}
