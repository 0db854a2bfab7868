package dev.faceidkit.sandbox.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every response as coming from a test server, notes when the request arrived (for {@code time_used}) and
 * logs one line per request. The line holds the path only: get_result carries its secret in the query string.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SandboxNoticeFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-FaceID-Sandbox";
    public static final String NOTICE = "test server; synthetic response, not from the FaceID service";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxNoticeFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestTiming.markStart(request);
        response.setHeader(HEADER, NOTICE);
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info("{} {} -> {} ({} ms)", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    RequestTiming.elapsedMillis(request));
        }
    }
}
