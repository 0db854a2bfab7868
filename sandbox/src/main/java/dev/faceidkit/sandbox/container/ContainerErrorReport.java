package dev.faceidkit.sandbox.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.DocumentedError;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.http.ServedOperations;
import dev.faceidkit.sandbox.http.SandboxNoticeFilter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page, replaced: a request the container refuses before the sandbox runs (an over-long request
 * line, header or query string, a malformed request line, broken percent-encoding in the path) is answered with
 * the contract's status of {@code BAD_ARGUMENTS}, the notice header and a JSON error body in the shape of the
 * operation the path names, else of the path's family (D-59), with every field the operations of that shape require.
 * No value of the request is echoed.
 */
public class ContainerErrorReport extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Contract contract;
    private final RequestIds requestIds;
    private final ServedOperations operations;

    /** With the contract the sandbox enforces, whose wording and status of {@code BAD_ARGUMENTS} it answers with. */
    public ContainerErrorReport(Contract contract, RequestIds requestIds, ServedOperations operations) {
        this.contract = contract;
        this.operations = operations;
        this.requestIds = requestIds;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        String path = pathOf(request);
        ApiOperation shape = operations.shapingErrorsAt(path);
        // The code's wording and status are the contract's, as for every other error the sandbox gives.
        DocumentedError refused = contract.operation(shape.operationId()).errors()
                .get(FaceIdErrorCode.BAD_ARGUMENTS.name());
        ObjectNode body = JSON.createObjectNode();
        body.put(operations.usesErrorKey(shape) ? "error" : "error_message", refused.format(partOf(throwable, status)));
        // Also when the path is unknown (a request line too long to parse has none): the body is then valid against
        // every error schema of its shape, whether it was meant for an operation or not (ApiNotFoundErrorResponse
        // allows both fields).
        if (!operations.usesErrorKey(shape)) {
            body.put("request_id", requestIds.next());
            body.put("time_used", 0);
        }
        try {
            response.resetBuffer();
            response.setStatus(refused.status());
            response.setHeader(SandboxNoticeFilter.HEADER, SandboxNoticeFilter.NOTICE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was taken over: nothing more can be sent.
        }
    }

    /** The decoded path when Tomcat could parse one, else the raw URI up to its query, else the root. */
    private static String pathOf(Request request) {
        String uri = request.getRequestURI();
        if (uri == null) {
            return "/";
        }
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    /** Which part of the request was refused, as far as Tomcat says: {@code headers}, {@code request_line} or {@code request}. */
    private static String partOf(Throwable throwable, int status) {
        String message = throwable == null || throwable.getMessage() == null ? ""
                : throwable.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("header") || status == 431) {
            return "headers";
        }
        if (message.contains("request line") || message.contains("request target") || status == 414) {
            return "request_line";
        }
        return "request";
    }
}
