package dev.faceidkit.sandbox.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The contract as bundled into the faceid-openapi jar: served as is, and read for the documented errors. */
@Component
public class BundledSpec {

    private static final String LOCATION = "META-INF/faceid/openapi/faceid-openapi.";

    private final byte[] yaml;
    private final byte[] json;
    private final JsonNode tree;

    public BundledSpec(ObjectMapper objectMapper) {
        this.yaml = read("yaml");
        this.json = read("json");
        try {
            this.tree = objectMapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled contract is not JSON", e);
        }
    }

    public byte[] yaml() {
        return yaml.clone();
    }

    public byte[] json() {
        return json.clone();
    }

    public JsonNode tree() {
        return tree;
    }

    /** The operation object with {@code operationId}, or an {@link IllegalStateException} when there is none. */
    public JsonNode operation(String operationId) {
        for (JsonNode pathItem : tree.path("paths")) {
            for (JsonNode operation : pathItem) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    return operation;
                }
            }
        }
        throw new IllegalStateException("The bundled contract has no operation " + operationId);
    }

    /** Follows a local {@code $ref} such as {@code #/components/responses/ApiNotFound}; other nodes pass through. */
    public JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#")) {
            throw new IllegalStateException("The bundle holds an external reference: " + pointer);
        }
        return resolve(tree.at(pointer.substring(1)));
    }

    private static byte[] read(String extension) {
        try (InputStream in = new ClassPathResource(LOCATION + extension).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("faceid-openapi jar not on the classpath (" + LOCATION + extension + ")", e);
        }
    }
}
