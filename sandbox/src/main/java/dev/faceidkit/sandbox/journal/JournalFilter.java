package dev.faceidkit.sandbox.journal;

import dev.faceidkit.sandbox.fixtures.SandboxRequestException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;

/**
 * Which journal entries a query of {@code /sandbox/requests} means: {@code api_key}, {@code operation} and
 * {@code status}, each null when not given. A name or value the journal cannot match is refused, so that a typo
 * never reads as "nothing was sent" (sandbox/TEST-INPUTS.md, "Request journal").
 */
public record JournalFilter(String apiKey, String operation, Integer status) {

    static final String API_KEY = "api_key";
    static final String OPERATION = "operation";
    static final String STATUS = "status";
    static final List<String> NAMES = List.of(API_KEY, OPERATION, STATUS);

    /**
     * The filter of these query parameters. {@code allowed} are the names this request may carry (the filters,
     * and {@code limit} on a GET); {@code operations} are the contract's operationIds.
     */
    static JournalFilter of(Map<String, String[]> parameters, Collection<String> allowed,
                            Collection<String> operations) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw refused("unknown filter '" + parameter.getKey() + "'; the journal filters by " + allowed);
            }
            if (parameter.getValue().length != 1) {
                throw refused("filter '" + parameter.getKey() + "' given " + parameter.getValue().length
                        + " times; give it once");
            }
            if (parameter.getValue()[0].isEmpty()) {
                throw refused("filter '" + parameter.getKey() + "' is empty; give it a value or leave it out");
            }
        }
        String operation = single(parameters, OPERATION);
        if (operation != null && !operations.contains(operation)) {
            throw refused("unknown operation '" + operation + "'; the contract's operations are "
                    + new TreeSet<>(operations));
        }
        return new JournalFilter(single(parameters, API_KEY), operation, status(single(parameters, STATUS)));
    }

    /** The value of a one-valued parameter, or null when absent. */
    static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    static SandboxRequestException refused(String message) {
        return new SandboxRequestException(HttpStatus.BAD_REQUEST, message);
    }

    boolean matches(JournalEntry entry) {
        return (apiKey == null || apiKey.equals(entry.apiKey()))
                && (operation == null || operation.equals(entry.operation()))
                && (status == null || status == entry.status());
    }

    private static Integer status(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("[1-5][0-9]{2}")) {
            throw refused("status must be an HTTP status code from 100 to 599, was '" + text + "'");
        }
        return Integer.valueOf(text);
    }

    /** The filter names a GET may use besides these: {@code limit}. */
    static Set<String> namesWith(String... more) {
        Set<String> names = new java.util.LinkedHashSet<>(NAMES);
        names.addAll(List.of(more));
        return names;
    }
}
