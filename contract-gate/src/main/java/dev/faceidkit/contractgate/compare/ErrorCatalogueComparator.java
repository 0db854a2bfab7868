package dev.faceidkit.contractgate.compare;

import static dev.faceidkit.contractgate.compare.Json.names;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.rules.ErrorCodeAddedRule;
import dev.faceidkit.contractgate.rules.ErrorCodeDetailsRule;
import dev.faceidkit.contractgate.rules.ErrorCodeRemovedRule;
import dev.faceidkit.contractgate.rules.ErrorCodeRule;
import dev.faceidkit.contractgate.rules.ErrorCodeStatusRule;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The error catalogue of one operation ({@code x-faceid-errors} of every response), code by code across all its
 * statuses: a code is one thing to clients wherever it is listed.
 */
final class ErrorCatalogueComparator {

    private static final List<ErrorCodeRule> RULES = List.of(new ErrorCodeRemovedRule(), new ErrorCodeStatusRule(),
            new ErrorCodeDetailsRule(), new ErrorCodeAddedRule());

    private final Doc before;
    private final Doc after;
    private final Changes out;

    ErrorCatalogueComparator(Doc before, Doc after, Changes out) {
        this.before = before;
        this.after = after;
        this.out = out;
    }

    void compare(String label, JsonNode oldResponses, JsonNode newResponses) {
        Map<String, Map<String, JsonNode>> oldCodes = codes(before, oldResponses);
        Map<String, Map<String, JsonNode>> newCodes = codes(after, newResponses);
        Set<String> all = new LinkedHashSet<>(oldCodes.keySet());
        all.addAll(newCodes.keySet());
        for (String code : all) {
            String where = label + " · error code `" + code + "`";
            Map<String, JsonNode> oldByStatus = oldCodes.getOrDefault(code, Map.of());
            Map<String, JsonNode> newByStatus = newCodes.getOrDefault(code, Map.of());
            RULES.forEach(rule -> rule.check(where, oldByStatus, newByStatus, out));
        }
    }

    /** code → (status → catalogue entry) over every response of one operation. */
    private static Map<String, Map<String, JsonNode>> codes(Doc doc, JsonNode responses) {
        Map<String, Map<String, JsonNode>> codes = new LinkedHashMap<>();
        for (String status : names(responses)) {
            for (JsonNode entry : doc.deref(responses.get(status)).path("x-faceid-errors")) {
                codes.computeIfAbsent(entry.path("code").asText(), c -> new TreeMap<>()).put(status, entry);
            }
        }
        return codes;
    }
}
