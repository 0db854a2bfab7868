package dev.faceidkit.conformancetests.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.DocumentedError;
import dev.faceidkit.conformancetests.contract.ErrorText;
import dev.faceidkit.conformancetests.contract.ResponseExample;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether the SDK's exception for an error example says what the example and its catalogue row say: the
 * exception class for the status and code, the status, code, detail, billing flag (from {@code billed} and
 * {@code billed-when-detail}), request id, time used and echoed biz_no.
 */
final class TypedErrorCheck {

    private final Contract contract;

    TypedErrorCheck(Contract contract) {
        this.contract = contract;
    }

    List<String> problems(ResponseExample example, Throwable thrown) {
        JsonNode body = example.value();
        ErrorText expected = ErrorText.of(body);
        if (expected == null) {
            return List.of("the example has no error code to compare with: " + body);
        }
        DocumentedError documented = contract.documentedErrors(example.operation(), example.status()).stream()
                .filter(e -> e.code().equals(expected.code())).findFirst().orElse(null);
        if (documented == null) {
            return List.of(expected.code() + " is not in x-faceid-errors of " + example.label());
        }
        Class<? extends FaceIdApiException> type = ExpectedException.of(example.status(), expected.code());
        if (!type.isInstance(thrown)) {
            return List.of("expected " + type.getSimpleName() + ", got " + thrown);
        }
        FaceIdApiException e = (FaceIdApiException) thrown;
        List<String> problems = new ArrayList<>();
        same(problems, "httpStatus", example.status(), e.httpStatus());
        same(problems, "code", expected.code(), e.code().name());
        same(problems, "detail", expected.detail(), e.detail());
        same(problems, "billed", documented.billedWith(expected.detail()), e.billed());
        same(problems, "requestId", body.path("request_id").textValue(), e.requestId());
        same(problems, "timeUsed", body.path("time_used").isInt() ? body.get("time_used").intValue() : null,
                e.timeUsed());
        same(problems, "bizNo", body.path("biz_no").textValue(), e.bizNo());
        return problems;
    }

    private static void same(List<String> problems, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + " is " + actual + ", expected " + expected);
        }
    }
}
