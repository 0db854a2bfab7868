package dev.faceidkit.sandbox.http;

import dev.faceidkit.sandbox.contract.OperationErrors;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.sandbox.journal.RequestJournalFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the documented plain-text 413 as soon as a declared Content-Length passes the operation's limit,
 * before a byte of the body is read. Bodies without a length (chunked) are counted while they are read by
 * {@link StreamingMultipartResolver}.
 */
@Component
// After the request journal (HIGHEST_PRECEDENCE + 1), so that it records these 413s too.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final OperationErrors catalog;
    private final ServedOperations operations;

    public RequestSizeLimitFilter(OperationErrors catalog, ServedOperations operations) {
        this.catalog = catalog;
        this.operations = operations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiOperation> op = operations.at(RequestPaths.of(request)).filter(operations::takesForm);
        if (op.isPresent() && "POST".equals(request.getMethod())
                && request.getContentLengthLong() > operations.maxRequestBytes(op.get())) {
            String message = catalog.message(op.get(), FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE.name(), null);
            RequestJournalFilter.answeredWithError(request, message);
            response.setStatus(catalog.lookup(op.get(), FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE.name()).status());
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            // The body stays unread, so the connection cannot carry another request.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.getOutputStream().write(body);
            // Out before the container drains the unread body (which it does before finishing a response).
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
