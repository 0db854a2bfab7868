package dev.faceidkit.sandbox.journal;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.contractmodel.ReceivedRequest;
import dev.faceidkit.contractmodel.Violation;
import dev.faceidkit.sandbox.coverage.ContractCoverage;
import dev.faceidkit.sandbox.http.RequestPaths;
import dev.faceidkit.signing.DecodedBizTokenSign;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every request to a FaceID path into the {@link RequestJournal}, after it was answered: its fields (names,
 * kinds, sizes), what was answered, and what the contract the sandbox enforces says of it; and counts it for
 * {@link ContractCoverage}, which keeps its counts beyond the journal's ring.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestJournalFilter extends OncePerRequestFilter {

    private static final String FACEID_PATHS = "/faceid/";
    private static final String ERROR_ATTRIBUTE = RequestJournalFilter.class.getName() + ".error";

    private final RequestJournal journal;
    private final Contract contract;
    private final Clock clock;
    private final ContractCoverage coverage;

    public RequestJournalFilter(RequestJournal journal, Contract contract, Clock clock, ContractCoverage coverage) {
        this.journal = journal;
        this.coverage = coverage;
        this.contract = contract;
        this.clock = clock;
    }

    /** Called by the error responder: the code and detail answered, for the journal. */
    public static void answeredWithError(HttpServletRequest request, String error) {
        request.setAttribute(ERROR_ATTRIBUTE, error);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPaths.of(request).startsWith(FACEID_PATHS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            record(request, response);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response) {
        String path = RequestPaths.of(request);
        Optional<Operation> operation = contract.operationAt(path)
                .filter(op -> op.method().equalsIgnoreCase(request.getMethod()));
        ReceivedRequest received = ReceivedParts.of(request);
        List<JournalEntry.FieldSeen> fields = received.parts().stream()
                .map(p -> new JournalEntry.FieldSeen(p.name(), p.kind().name(), p.size())).toList();
        String apiKey = received.first("api_key").map(ReceivedRequest.Part::text)
                .or(() -> received.first("sign").map(ReceivedRequest.Part::text).flatMap(RequestJournalFilter::signer))
                .orElse(null);
        String error = (String) request.getAttribute(ERROR_ATTRIBUTE);
        List<Violation> violations = operation.map(op -> op.check(received)).orElse(List.of());
        journal.record(new JournalEntry(clock.instant(), request.getMethod(), path,
                operation.map(Operation::id).orElse(null), response.getStatus(), error, apiKey, fields, violations));
        coverage.record(apiKey, operation, received, response.getStatus(), error, followsContract(violations));
    }

    /** Unknown and ignored fields are accepted by the contract (D-22, D-60); the other findings break it. */
    private static boolean followsContract(List<Violation> violations) {
        return violations.stream().allMatch(v -> v.type() == Violation.Type.UNKNOWN_FIELD
                || v.type() == Violation.Type.IGNORED_FIELD);
    }

    /** get_biz_token sends no api_key field: its key is the one its sign names (D-9), valid or not. */
    private static Optional<String> signer(String sign) {
        try {
            return Optional.of(DecodedBizTokenSign.decode(sign).payload().apiKey());
        } catch (IllegalArgumentException undecodable) {
            return Optional.empty();
        }
    }
}
