package dev.faceidkit.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract bundle shipped in the faceid-openapi jar, read from the test classpath: the operations, their
 * request fields, and every named example of their responses, with local {@code $ref}s followed.
 */
public final class ContractExamples {

    public static final String RESOURCE = "META-INF/faceid/openapi/faceid-openapi.yaml";

    /** One named example of one response. */
    public record ResponseExample(String operationId, int status, String contentType, String name, JsonNode value,
                                  JsonNode faceidErrors) {

        @Override
        public String toString() {
            return operationId + " " + status + " " + name;
        }
    }

    private static final JsonNode ROOT = load();

    private ContractExamples() {
    }

    public static List<ResponseExample> responseExamples() {
        List<ResponseExample> examples = new ArrayList<>();
        forEachOperation((operationId, operation) -> {
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                JsonNode resolved = resolve(response.getValue());
                for (Map.Entry<String, JsonNode> content : resolved.path("content").properties()) {
                    for (Map.Entry<String, JsonNode> example : content.getValue().path("examples").properties()) {
                        examples.add(new ResponseExample(operationId, Integer.parseInt(response.getKey()),
                                content.getKey(), example.getKey(), resolve(example.getValue()).get("value"),
                                resolved.path("x-faceid-errors")));
                    }
                }
            }
        });
        return examples;
    }

    /** The names of an operation's form fields (POST) or query parameters (GET). */
    public static Set<String> requestFieldNames(String operationId) {
        Set<String> names = new LinkedHashSet<>();
        forEachOperation((id, operation) -> {
            if (!id.equals(operationId)) {
                return;
            }
            operation.path("parameters").forEach(p -> names.add(resolve(p).get("name").asText()));
            JsonNode schema = resolve(operation.path("requestBody").path("content").path("multipart/form-data")
                    .path("schema"));
            schema.path("properties").fieldNames().forEachRemaining(names::add);
        });
        return names;
    }

    /** Follows a local {@code $ref}, if the node is one. */
    public static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = ROOT.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private interface OperationVisitor {
        void visit(String operationId, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        ROOT.path("paths").forEach(path -> path.properties().forEach(method -> {
            JsonNode operation = method.getValue();
            if (operation.has("operationId")) {
                visitor.visit(operation.get("operationId").asText(), operation);
            }
        }));
    }

    private static JsonNode load() {
        try (InputStream in = ContractExamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (faceid-openapi jar)");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
