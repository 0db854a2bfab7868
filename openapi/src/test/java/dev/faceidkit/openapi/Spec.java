package dev.faceidkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One parsed contract: the Swagger Parser model, the parser's messages, and the same document as a JSON
 * tree (external refs already pulled into components), with the few navigation helpers the checks share.
 */
record Spec(String label, Path path, OpenAPI model, List<String> messages, JsonNode tree) {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation, named the way people say it: "POST /faceid/v2/verify". */
    record Operation(String method, String path, JsonNode node, List<JsonNode> parameters) {
        String label() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        tree.path("paths").properties().forEach(pathEntry -> {
            JsonNode pathItem = deref(pathEntry.getValue());
            pathItem.properties().forEach(op -> {
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey(), pathEntry.getKey(), op.getValue(),
                            parameters(pathItem, op.getValue())));
                }
            });
        });
        return operations;
    }

    /** Follows internal refs ("#/components/...") until a real object is reached; MissingNode if dangling. */
    JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 20) {
                return MissingNode.getInstance();
            }
            current = tree.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    @Override
    public String toString() {
        return label + " " + path;
    }

    /** Path-level parameters apply to every operation unless the operation redefines the same name and location. */
    private List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode level : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : level) {
                JsonNode resolved = deref(parameter);
                byKey.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            }
        }
        return List.copyOf(byKey.values());
    }
}
