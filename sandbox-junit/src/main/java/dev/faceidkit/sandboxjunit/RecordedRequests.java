package dev.faceidkit.sandboxjunit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's request journal, for asserting what the code under test sent: newest first, each request with
 * its operation, answer, field names and the contract violations the sandbox found (sandbox/TEST-INPUTS.md,
 * "Request journal").
 *
 * <p>{@link #apiKey}, {@link #operation} and {@link #status} give a narrower view (they combine); {@link #all()},
 * {@link #last()} and {@link #clear()} act on the view's requests only, so a test that clears its own key leaves
 * other tests' evidence alone. The sandbox refuses a filter it cannot match (an operation the contract lacks), and
 * so does this class, with an {@link IllegalArgumentException}: a typo never reads as "nothing was sent".
 */
public final class RecordedRequests {

    private final URI journal;
    private final Map<String, String> filters;

    RecordedRequests(URI baseUrl) {
        this(baseUrl.resolve("sandbox/requests"), Map.of());
    }

    private RecordedRequests(URI journal, Map<String, String> filters) {
        this.journal = journal;
        this.filters = filters;
    }

    /** The requests sent with this api_key (for get_biz_token, the key its sign names). */
    public RecordedRequests apiKey(String apiKey) {
        return with("api_key", apiKey);
    }

    /** The requests of one operation ({@code verify}, {@code rawVerify}, {@code getBizToken}, {@code getResult}). */
    public RecordedRequests operation(String operationId) {
        return with("operation", operationId);
    }

    /** The requests answered with this HTTP status. */
    public RecordedRequests status(int status) {
        return with("status", Integer.toString(status));
    }

    /** Every request of this view, newest first. */
    public List<RecordedRequest> all() {
        return read(filters);
    }

    /** The newest request of this view; fails when there is none. */
    public RecordedRequest last() {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("limit", "1");
        List<RecordedRequest> newest = read(query);
        if (newest.isEmpty()) {
            throw new AssertionError("the sandbox has received no request" + (filters.isEmpty() ? "" : " with "
                    + filters));
        }
        return newest.get(0);
    }

    /** Removes this view's requests from the journal (all of them for the unfiltered journal); says how many. */
    public int clear() {
        return SandboxHttp.delete(uri(filters)).path("removed").asInt();
    }

    /** Shorthand for {@code apiKey(apiKey).all()}. */
    public List<RecordedRequest> withApiKey(String apiKey) {
        return apiKey(apiKey).all();
    }

    /** Shorthand for {@code operation(operationId).all()}. */
    public List<RecordedRequest> ofOperation(String operationId) {
        return operation(operationId).all();
    }

    /** Shorthand for {@code status(status).all()}. */
    public List<RecordedRequest> withStatus(int status) {
        return status(status).all();
    }

    @Override
    public String toString() {
        return "RecordedRequests" + filters;
    }

    private RecordedRequests with(String name, String value) {
        Map<String, String> narrower = new LinkedHashMap<>(filters);
        narrower.put(name, value);
        return new RecordedRequests(journal, Map.copyOf(narrower));
    }

    private List<RecordedRequest> read(Map<String, String> query) {
        List<RecordedRequest> requests = new ArrayList<>();
        SandboxHttp.get(uri(query)).path("requests").forEach(entry -> requests.add(new RecordedRequest(entry)));
        return requests;
    }

    private URI uri(Map<String, String> query) {
        return query.isEmpty() ? journal : URI.create(journal + "?" + SandboxHttp.query(query));
    }
}
