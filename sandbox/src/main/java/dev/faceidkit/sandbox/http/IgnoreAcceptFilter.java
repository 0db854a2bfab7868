package dev.faceidkit.sandbox.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The FaceID operations answer in one fixed format whatever the Accept header says. Without this, an Accept the
 * generated mappings do not list would fail the request mapping with 406 before any documented error could be
 * given.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class IgnoreAcceptFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(RequestPaths.of(request).startsWith("/faceid/") ? new AnyAccept(request) : request, response);
    }

    private static final class AnyAccept extends HttpServletRequestWrapper {

        AnyAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? "*/*" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of("*/*"))
                    : super.getHeaders(name);
        }
    }
}
