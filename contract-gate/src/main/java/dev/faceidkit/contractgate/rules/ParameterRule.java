package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;

/** A rule on one query, header, path or cookie parameter; {@code before} or {@code after} is null when absent. */
public interface ParameterRule {
    void check(String where, JsonNode before, JsonNode after, Changes out);
}
