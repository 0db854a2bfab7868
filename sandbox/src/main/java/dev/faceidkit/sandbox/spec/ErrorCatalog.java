package dev.faceidkit.sandbox.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every error code each operation documents, read from {@code x-faceid-errors} of the bundled contract: its HTTP
 * status and its wording. The wording differs per operation (for example {@code BAD_ARGUMENTS:<key>} for Verify
 * but {@code BAD_ARGUMENTS: <key>} for get_biz_token), so messages are formatted from the contract rather than
 * written in code. A code an operation does not document cannot be answered at all.
 */
@Component
public class ErrorCatalog {

    /** One documented error of one operation. */
    public record DocumentedError(int status, String template) {

        /** The message with the detail in place of {@code <param>}, {@code <key>}, {@code <reason>} or {@code <token>}. */
        public String format(String detail) {
            int open = template.indexOf('<');
            if (open < 0) {
                return template;
            }
            if (detail == null) {
                throw new IllegalArgumentException("The error " + template + " needs a detail");
            }
            return template.substring(0, open) + detail + template.substring(template.indexOf('>', open) + 1);
        }
    }

    private final Map<ApiOperation, Map<String, DocumentedError>> errors = new EnumMap<>(ApiOperation.class);

    public ErrorCatalog(BundledSpec spec) {
        for (ApiOperation op : ApiOperation.values()) {
            errors.put(op, read(spec, op));
        }
    }

    public boolean documents(ApiOperation op, String code) {
        return errors.get(op).containsKey(code);
    }

    /** The documented error, or an {@link IllegalStateException}: answering an undocumented code is a sandbox bug. */
    public DocumentedError lookup(ApiOperation op, String code) {
        DocumentedError error = errors.get(op).get(code);
        if (error == null) {
            throw new IllegalStateException(op.operationId() + " does not document the error " + code);
        }
        return error;
    }

    public String message(ApiOperation op, String code, String detail) {
        return lookup(op, code).format(detail);
    }

    private static Map<String, DocumentedError> read(BundledSpec spec, ApiOperation op) {
        JsonNode operation = spec.operation(op.operationId());
        Map<String, DocumentedError> codes = new HashMap<>();
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            int status = Integer.parseInt(response.getKey());
            for (JsonNode error : spec.resolve(response.getValue()).path("x-faceid-errors")) {
                codes.put(error.path("code").asText(), new DocumentedError(status, error.path("message").asText()));
            }
        }
        return Map.copyOf(codes);
    }
}
