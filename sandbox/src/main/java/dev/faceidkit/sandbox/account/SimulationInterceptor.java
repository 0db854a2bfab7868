package dev.faceidkit.sandbox.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Test inputs that no form field can express, read from request headers once the call is admitted:
 * {@value #DELAY_HEADER} holds the call (and its concurrency permit) for that many milliseconds, up to
 * {@value #MAX_DELAY_MILLIS}; {@value #SIMULATE_HEADER}{@code : INTERNAL_ERROR} fails it as an unexpected fault
 * would, with the documented 500.
 */
@Component
public class SimulationInterceptor implements HandlerInterceptor {

    public static final String DELAY_HEADER = "X-FaceID-Sandbox-Delay-Ms";
    public static final String SIMULATE_HEADER = "X-FaceID-Sandbox-Simulate";
    static final long MAX_DELAY_MILLIS = 10_000;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String delay = request.getHeader(DELAY_HEADER);
        if (delay != null && delay.matches("[0-9]{1,5}")) {
            Thread.sleep(Math.min(Long.parseLong(delay), MAX_DELAY_MILLIS));
        }
        if ("INTERNAL_ERROR".equals(request.getHeader(SIMULATE_HEADER))) {
            throw new SimulatedFault();
        }
        return true;
    }

    /** An unexpected fault on request, answered like any other: 500 {@code INTERNAL_ERROR}. */
    public static final class SimulatedFault extends RuntimeException {

        SimulatedFault() {
            super("Simulated fault requested by " + SIMULATE_HEADER, null, false, false);
        }
    }
}
