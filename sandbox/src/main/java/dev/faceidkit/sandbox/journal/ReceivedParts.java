package dev.faceidkit.sandbox.journal;

import dev.faceidkit.contractmodel.ReceivedRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;

/** The fields a request carried (no file bytes), handed from the form reader to the journal and the checks. */
public final class ReceivedParts {

    private static final String ATTRIBUTE = ReceivedParts.class.getName();

    private ReceivedParts() {
    }

    public static void set(HttpServletRequest request, ReceivedRequest received) {
        request.setAttribute(ATTRIBUTE, received);
    }

    /**
     * The fields the request carried: its form's parts as read, or for a GET its query; a POST that is not
     * multipart is read as empty (D-50).
     */
    public static ReceivedRequest of(HttpServletRequest request) {
        return Optional.ofNullable((ReceivedRequest) request.getAttribute(ATTRIBUTE)).orElseGet(() -> queryOf(request));
    }

    private static ReceivedRequest queryOf(HttpServletRequest request) {
        ReceivedRequest received = new ReceivedRequest();
        if ("GET".equalsIgnoreCase(request.getMethod())) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    received.text(parameter.getKey(), value);
                }
            }
        }
        return received;
    }
}
