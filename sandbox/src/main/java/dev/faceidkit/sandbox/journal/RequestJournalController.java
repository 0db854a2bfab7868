package dev.faceidkit.sandbox.journal;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sandbox/requests} lists the journal, newest first ({@code api_key}, {@code operation} and
 * {@code limit} filter); {@code DELETE /sandbox/requests} empties it. See sandbox/TEST-INPUTS.md.
 */
@RestController
public class RequestJournalController {

    private final RequestJournal journal;

    public RequestJournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/sandbox/requests")
    public Map<String, Object> list(@RequestParam(name = "api_key", required = false) String apiKey,
                                    @RequestParam(name = "operation", required = false) String operation,
                                    @RequestParam(name = "limit", required = false) Integer limit) {
        int max = limit == null || limit < 1 ? journal.capacity() : Math.min(limit, journal.capacity());
        List<JournalEntry> entries = journal.entries(apiKey, operation, max);
        return Map.of("capacity", journal.capacity(), "count", entries.size(), "requests", entries);
    }

    @DeleteMapping("/sandbox/requests")
    public ResponseEntity<Void> clear() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }
}
