package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** One operation of a path, with its effective parameters keyed "in:name". */
public record Operation(JsonNode node, Map<String, JsonNode> parameters) {
}
