package dev.faceidkit.sandbox.error;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.DocumentedError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.http.ServedOperations;
import dev.faceidkit.sandbox.http.RequestTiming;
import dev.faceidkit.sandbox.journal.RequestJournalFilter;
import dev.faceidkit.sandbox.contract.OperationErrors;
import dev.faceidkit.generated.server.model.ApiNotFoundErrorResponse;
import dev.faceidkit.generated.server.model.BizTokenErrorResponse;
import dev.faceidkit.generated.server.model.ErrorResponse;
import dev.faceidkit.generated.server.model.RawVerifyErrorResponse;
import dev.faceidkit.generated.server.model.VerifyErrorResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link FaceIdError} the way the operation at the request path documents it: status and wording from the
 * contract, body in that operation's error schema. Content types are always set explicitly, because the generated
 * mappings also produce {@code text/plain} (for 413) and content negotiation would otherwise pick by Accept.
 */
@Component
public class ErrorResponder {

    private final OperationErrors catalog;
    private final RequestIds requestIds;
    private final ServedOperations operations;
    /** Raw-Verify's request limit of biz_no, in characters (the contract's maxLength). */
    private final int maxBizNoCharacters;

    public ErrorResponder(OperationErrors catalog, RequestIds requestIds, Contract contract,
            ServedOperations operations) {
        this.catalog = catalog;
        this.operations = operations;
        this.requestIds = requestIds;
        this.maxBizNoCharacters = contract.operation(ApiOperation.RAW_VERIFY.operationId()).field("biz_no")
                .maxLength().orElse(Integer.MAX_VALUE);
    }

    public ResponseEntity<Object> respond(String path, HttpServletRequest request, FaceIdError error) {
        ApiOperation op = operations.shapingErrorsAt(path);
        DocumentedError documented = catalog.lookup(op, error.code().name());
        String message = documented.format(error.detail());
        RequestJournalFilter.answeredWithError(request, message);
        HttpStatus status = HttpStatus.valueOf(documented.status());
        if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
            return ResponseEntity.status(status)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    // The rest of the body is not read; the connection cannot be reused.
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(message);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(op, request, error, message));
    }

    /** Raw-Verify echoes biz_no even on errors, but not one over its request limit. */
    private String echoedBizNo(String bizNo) {
        return bizNo != null && bizNo.codePointCount(0, bizNo.length()) <= maxBizNoCharacters ? bizNo : null;
    }

    private Object body(ApiOperation op, HttpServletRequest request, FaceIdError error, String message) {
        if (operations.usesErrorKey(op)) {
            return new BizTokenErrorResponse(message);
        }
        if (error.code() == FaceIdErrorCode.API_NOT_FOUND) {
            return new ApiNotFoundErrorResponse(message);
        }
        String requestId = requestIds.next();
        int timeUsed = RequestTiming.elapsedMillis(request);
        return switch (op) {
            case VERIFY -> new VerifyErrorResponse(message, requestId, timeUsed).faces(error.faces());
            case RAW_VERIFY -> new RawVerifyErrorResponse(message, requestId, timeUsed)
                    .bizNo(echoedBizNo(request.getParameter("biz_no")));
            default -> new ErrorResponse(message, requestId, timeUsed);
        };
    }
}
