package dev.faceidkit.sandbox.error;

import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.http.ServedOperations;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} page for failures the container reports outside the dispatcher (an error
 * in a filter, a {@code sendError}): they still get a documented FaceID error body.
 */
@RestController
public class FallbackErrorController implements ErrorController {

    private final ErrorResponder responder;
    private final ServedOperations operations;

    public FallbackErrorController(ErrorResponder responder, ServedOperations operations) {
        this.responder = responder;
        this.operations = operations;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text.substring(request.getContextPath().length()) : "/";
        return responder.respond(path, request, errorFor(path, request));
    }

    private FaceIdError errorFor(String path, HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        // The body could not be read to its end (cut off, broken chunked coding): a bad request, not a fault.
        for (Object t = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); t instanceof Throwable e; t = e.getCause()) {
            if (e instanceof java.io.IOException) {
                return FaceIdError.missing(operations.firstRequiredField(operations.shapingErrorsAt(path)));
            }
        }
        if (status != null && (status.is5xxServerError()
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null)) {
            return FaceIdError.of(FaceIdErrorCode.INTERNAL_ERROR);
        }
        // No status: /error itself was requested, an API that does not exist.
        if (status == null || status == HttpStatus.NOT_FOUND || status == HttpStatus.METHOD_NOT_ALLOWED) {
            return FaceIdError.of(FaceIdErrorCode.API_NOT_FOUND);
        }
        ApiOperation op = operations.shapingErrorsAt(path);
        if (status == HttpStatus.PAYLOAD_TOO_LARGE && operations.takesForm(op)) {
            return FaceIdError.of(FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE);
        }
        // Any other rejection by the container: the request could not be read, so its first field is missing.
        return FaceIdError.missing(operations.firstRequiredField(op));
    }
}
