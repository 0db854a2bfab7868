package dev.faceidkit.sandbox.http;

import jakarta.servlet.http.HttpServletRequest;

/** The request path without the context path, as the operations are mapped. */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
