package dev.faceidkit.sandbox.http;

import jakarta.servlet.http.HttpServletRequest;

/** When a request arrived, for {@code time_used}. */
public final class RequestTiming {

    private static final String STARTED_AT = RequestTiming.class.getName() + ".startedAt";

    private RequestTiming() {
    }

    static void markStart(HttpServletRequest request) {
        request.setAttribute(STARTED_AT, System.nanoTime());
    }

    /** Milliseconds since the request arrived (0 if it was not marked). */
    public static int elapsedMillis(HttpServletRequest request) {
        Object started = request.getAttribute(STARTED_AT);
        if (!(started instanceof Long nanos)) {
            return 0;
        }
        return (int) Math.max(0, (System.nanoTime() - nanos) / 1_000_000);
    }
}
