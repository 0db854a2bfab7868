package dev.faceidkit.sandbox.error;

import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.http.ServedOperations;
import dev.faceidkit.sandbox.http.MalformedFormException;
import dev.faceidkit.sandbox.http.RequestPaths;
import dev.faceidkit.sandbox.http.RequestTooLargeException;
import dev.faceidkit.sandbox.contract.OperationErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.faceidkit.sandbox.fixtures.SandboxExceptionHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into a documented FaceID error, so that no request gets Spring's own error body: what the
 * framework rejects before the endpoint runs (missing fields, unreadable forms, wrong method or media type,
 * unknown paths) maps to the 400 and 404 codes, and anything unexpected to 500 {@code INTERNAL_ERROR}.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final String SANDBOX_PATHS = "/sandbox";
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ErrorResponder responder;
    private final OperationErrors catalog;
    private final ServedOperations operations;

    public ApiExceptionHandler(ErrorResponder responder, OperationErrors catalog, ServedOperations operations) {
        this.responder = responder;
        this.operations = operations;
        this.catalog = catalog;
    }

    @ExceptionHandler(FaceIdError.class)
    ResponseEntity<Object> documented(FaceIdError error, HttpServletRequest request) {
        return respond(request, error);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingField(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, FaceIdError.missing(e.getParameterName()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Object> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(request, FaceIdError.missing(e.getRequestPartName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badField(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, FaceIdError.bad(e.getName()));
    }

    /** A text field sent as a file part: the generated String parameter cannot take it. */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException.class)
    ResponseEntity<Object> unconvertibleField(
            org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException e,
            HttpServletRequest request) {
        return respond(request, FaceIdError.bad(e.getName()));
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return respond(request, FaceIdError.of(FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE));
    }

    @ExceptionHandler(MalformedFormException.class)
    ResponseEntity<Object> malformedForm(MalformedFormException e, HttpServletRequest request) {
        ApiOperation op = operations.shapingErrorsAt(RequestPaths.of(request));
        if (e.field() == null) {
            return respond(request, FaceIdError.missing(operations.firstRequiredField(op)));
        }
        // A name that is not UTF-8 has its own code where the operation documents one.
        if ("idcard_name".equals(e.field()) && catalog.documents(op, FaceIdErrorCode.INVALID_NAME_FORMAT.name())) {
            return respond(request, FaceIdError.of(FaceIdErrorCode.INVALID_NAME_FORMAT));
        }
        return respond(request, FaceIdError.bad(e.field()));
    }

    /** A body that is no readable form at all: none of the fields can be read, the first required one is missing. */
    @ExceptionHandler({MultipartException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Object> noForm(HttpServletRequest request) {
        return respond(request, FaceIdError.missing(
                operations.firstRequiredField(operations.shapingErrorsAt(RequestPaths.of(request)))));
    }

    /**
     * Another method on an operation's path is another API, which does not exist. The sandbox's own endpoints are
     * not FaceID's: a method they do not take is 405 with {@code Allow}, in their own shape.
     */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String path = RequestPaths.of(request);
        if (path.equals(SANDBOX_PATHS) || path.startsWith(SANDBOX_PATHS + "/")) {
            Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
            ResponseEntity<Map<String, String>> refused = SandboxExceptionHandler.body(HttpStatus.METHOD_NOT_ALLOWED,
                    request.getMethod() + " is not a method of " + path + "; it takes " + allowed);
            return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders())
                    .allow(allowed.toArray(HttpMethod[]::new)).body(refused.getBody());
        }
        return notFound(request);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return respond(request, FaceIdError.of(FaceIdErrorCode.API_NOT_FOUND));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("INTERNAL_ERROR on {} {}", request.getMethod(), RequestPaths.of(request), e);
        return respond(request, FaceIdError.of(FaceIdErrorCode.INTERNAL_ERROR));
    }

    private ResponseEntity<Object> respond(HttpServletRequest request, FaceIdError error) {
        return responder.respond(RequestPaths.of(request), request, error);
    }
}
