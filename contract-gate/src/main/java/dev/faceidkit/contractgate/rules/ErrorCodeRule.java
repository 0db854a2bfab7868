package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Map;

/**
 * A rule on one error code of one operation's catalogue ({@code x-faceid-errors}): its entries by HTTP status in
 * each version, empty when the version does not list the code.
 */
public interface ErrorCodeRule {
    void check(String where, Map<String, JsonNode> before, Map<String, JsonNode> after, Changes out);
}
