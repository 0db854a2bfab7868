package dev.faceidkit.sandbox.journal;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sandbox/requests} lists the journal, newest first, filtered by {@code api_key}, {@code operation},
 * {@code status} and cut at {@code limit}; {@code DELETE /sandbox/requests} removes what the same filters match
 * (everything without one). Unknown filters and values are refused with 400; see sandbox/TEST-INPUTS.md.
 */
@RestController
public class RequestJournalController {

    static final String PATH = "/sandbox/requests";
    private static final String LIMIT = "limit";
    private static final Set<String> GET_PARAMETERS = JournalFilter.namesWith(LIMIT);
    private static final Set<String> DELETE_PARAMETERS = JournalFilter.namesWith();

    private final RequestJournal journal;
    private final List<String> operations;

    public RequestJournalController(RequestJournal journal, Contract contract) {
        this.journal = journal;
        this.operations = contract.operations().stream().map(Operation::id).toList();
    }

    @GetMapping(PATH)
    public Map<String, Object> list(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        JournalFilter filter = JournalFilter.of(parameters, GET_PARAMETERS, operations);
        List<JournalEntry> entries = journal.entries(filter, limit(JournalFilter.single(parameters, LIMIT)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("capacity", journal.capacity());
        body.put("count", entries.size());
        body.put("requests", entries);
        return body;
    }

    @DeleteMapping(PATH)
    public Map<String, Object> remove(HttpServletRequest request) {
        JournalFilter filter = JournalFilter.of(request.getParameterMap(), DELETE_PARAMETERS, operations);
        return Map.of("removed", journal.remove(filter));
    }

    /** At most the journal's capacity; the whole journal when not given. */
    private int limit(String text) {
        if (text == null) {
            return journal.capacity();
        }
        if (!text.matches("0*[1-9][0-9]*")) {
            throw JournalFilter.refused("limit must be a whole number of at least 1, was '" + text + "'");
        }
        String digits = text.replaceFirst("^0+", "");
        return digits.length() > 9 ? journal.capacity() : Math.min(Integer.parseInt(digits), journal.capacity());
    }
}
