package dev.faceidkit.sandbox.journal;

import dev.faceidkit.contractmodel.ReceivedRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The fields a request carried (no file bytes), handed from the form reader to the journal. */
public final class ReceivedParts {

    private static final String ATTRIBUTE = ReceivedParts.class.getName();

    private ReceivedParts() {
    }

    public static void set(HttpServletRequest request, ReceivedRequest received) {
        request.setAttribute(ATTRIBUTE, received);
    }

    static Optional<ReceivedRequest> of(HttpServletRequest request) {
        return Optional.ofNullable((ReceivedRequest) request.getAttribute(ATTRIBUTE));
    }
}
