package dev.faceidkit.testsupport.portal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.testsupport.contract.RawBundle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the portal must show, read from the raw bundle ({@link RawBundle}: the faceid-openapi jar on the test classpath). */
final class PortalContract {

    /** One operation: its tag's display name (the sidebar group), summary, and error codes by HTTP status. */
    record Operation(String method, String path, String operationId, String summary, String tagDisplayName,
            Map<String, List<ErrorCode>> errorCodesByStatus, List<String> requestExampleSummaries,
            Map<String, List<Example>> responseExamples, List<String> variantLabels,
            boolean returnsThresholds) {
    }

    /** A named example: its summary, and a text its value shows when displayed (its first string). */
    record Example(String summary, String valueText) {
    }

    /** An entry of x-faceid-errors: the code and the vendor table's wording of the error value. */
    record ErrorCode(String code, String message) {
    }

    private final JsonNode root;

    private PortalContract(JsonNode root) {
        this.root = root;
    }

    static PortalContract load() {
        return new PortalContract(RawBundle.tree());
    }

    JsonNode root() {
        return root;
    }

    List<Operation> operations() {
        Map<String, String> tagNames = new LinkedHashMap<>();
        root.path("tags").forEach(t -> tagNames.put(t.path("name").asText(),
                t.path("x-displayName").asText(t.path("name").asText())));
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode op = method.getValue();
            if (!op.has("operationId")) {
                return; // path-level parameters, servers, ...
            }
            Map<String, List<ErrorCode>> errors = new LinkedHashMap<>();
            Map<String, List<Example>> responseExamples = new LinkedHashMap<>();
            op.path("responses").properties().forEach(response -> {
                List<ErrorCode> codes = new ArrayList<>();
                resolve(response.getValue()).path("x-faceid-errors").forEach(e -> codes.add(
                        new ErrorCode(e.path("code").asText(), e.path("message").asText())));
                errors.put(response.getKey(), codes);
                List<Example> examples = new ArrayList<>();
                resolve(response.getValue()).path("content").forEach(media -> media.path("examples").forEach(e ->
                        examples.add(new Example(resolve(e).path("summary").asText(), firstString(resolve(e).path("value"))))));
                responseExamples.put(response.getKey(), examples);
            });
            JsonNode body = op.path("requestBody").path("content").elements().hasNext()
                    ? op.path("requestBody").path("content").elements().next() : null;
            List<String> requestExamples = new ArrayList<>();
            List<String> variants = new ArrayList<>();
            if (body != null) {
                body.path("examples").forEach(e -> requestExamples.add(resolve(e).path("summary").asText()));
                variants.addAll(variantLabels(resolve(body.path("schema"))));
            }
            boolean thresholds = references(op.path("responses").path("200"), "ComparisonThresholds", new HashSet<>());
            operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), op.path("operationId").asText(),
                    op.path("summary").asText(), tagNames.get(op.path("tags").path(0).asText()), errors,
                    requestExamples, responseExamples, variants, thresholds));
        }));
        return operations;
    }

    /**
     * The alternatives a reader can pick for a request schema: the titles of a top-level oneOf, or, for an allOf of
     * several oneOf groups, every combination titled "A + B" (as the portal spells them out).
     */
    private List<String> variantLabels(JsonNode schema) {
        List<List<String>> groups = new ArrayList<>();
        if (schema.has("oneOf")) {
            groups.add(titles(schema.path("oneOf")));
        }
        schema.path("allOf").forEach(member -> {
            if (member.has("oneOf")) {
                groups.add(titles(member.path("oneOf")));
            }
        });
        List<String> labels = groups.isEmpty() ? List.of() : List.of("");
        for (List<String> group : groups) {
            List<String> next = new ArrayList<>();
            labels.forEach(prefix -> group.forEach(t -> next.add(prefix.isEmpty() ? t : prefix + " + " + t)));
            labels = next;
        }
        return labels;
    }

    private List<String> titles(JsonNode variants) {
        List<String> titles = new ArrayList<>();
        variants.forEach(v -> titles.add(resolve(v).path("title").asText()));
        return titles;
    }

    private static String firstString(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        for (JsonNode child : value) {
            String found = firstString(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the schema named {@code schema} is reachable from {@code node} through local references. */
    private boolean references(JsonNode node, String schema, Set<String> seen) {
        if (node.has("$ref")) {
            String ref = node.path("$ref").asText();
            return ref.equals("#/components/schemas/" + schema) || seen.add(ref) && references(resolve(node), schema, seen);
        }
        for (JsonNode child : node) {
            if (references(child, schema, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The first sentence of a component schema's description, whitespace collapsed (as a browser shows it). */
    String schemaSummary(String schema) {
        String description = root.at("/components/schemas/" + schema + "/description").asText();
        return description.split("(?<=\\.)\\s", 2)[0].replaceAll("\\s+", " ").trim();
    }

    /** Follows a local $ref ("#/components/..."); other nodes are returned as they are. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("not a local reference: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
