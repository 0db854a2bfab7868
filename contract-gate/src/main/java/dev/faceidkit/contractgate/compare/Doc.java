package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One bundle (a one-file document with internal {@code #/...} refs only), with ref resolution. */
public record Doc(JsonNode root) {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Follows {@code $ref}s to the node they name; a missing node stays missing. */
    public JsonNode deref(JsonNode node) {
        JsonNode current = node == null ? MissingNode.getInstance() : node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 32) {
                throw new IllegalArgumentException("unsupported or looping $ref '" + ref + "' (the bundle should"
                        + " only have internal refs)");
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The refs followed to reach a schema ("" for an inline schema): identifies named schemas on recursion. */
    public String refChain(JsonNode node) {
        StringBuilder chain = new StringBuilder();
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops <= 32; hops++) {
            String ref = current.get("$ref").asText();
            chain.append(ref);
            current = ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
        }
        return chain.toString();
    }

    /** Every operation by its label ("POST /faceid/v2/verify"), in document order. */
    public Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        root.path("paths").fields().forEachRemaining(pathEntry -> {
            JsonNode pathItem = deref(pathEntry.getValue());
            pathItem.fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    String label = op.getKey().toUpperCase(Locale.ROOT) + " " + pathEntry.getKey();
                    operations.put(label, new Operation(op.getValue(), parameters(pathItem, op.getValue())));
                }
            });
        });
        return operations;
    }

    /** Path-level parameters apply unless the operation redefines the same name and location. */
    private Map<String, JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode level : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : level) {
                JsonNode resolved = deref(parameter);
                byKey.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            }
        }
        return byKey;
    }
}
