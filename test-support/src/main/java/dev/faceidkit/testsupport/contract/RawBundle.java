package dev.faceidkit.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.faceidkit.testsupport.process.OutputDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled contract as the faceid-openapi jar publishes it ({@value #JSON} and {@value #YAML}), read raw from
 * the test classpath: for tests that need the document itself (examples, schemas, extensions, document order).
 * Tests that need only typed facts (operations, fields, the error catalogue) use faceid-contract-model instead.
 *
 * <p>The module whose tests use it must have faceid-openapi on its test classpath; this library does not depend on
 * it (the openapi module's own tests use this library). The tree is read once per JVM and shared: never change it,
 * change a {@link JsonNode#deepCopy()}.
 */
public final class RawBundle {

    public static final String JSON = "META-INF/faceid/openapi/faceid-openapi.json";
    public static final String YAML = "META-INF/faceid/openapi/faceid-openapi.yaml";
    private static final int MAX_HOPS = 32;

    private static JsonNode tree;
    private static String yaml;

    private RawBundle() {
    }

    /** The JSON bundle's tree (shared, read-only by convention). */
    public static synchronized JsonNode tree() {
        if (tree == null) {
            try {
                tree = new ObjectMapper().readTree(text(JSON));
            } catch (IOException e) {
                throw new UncheckedIOException("the bundle " + JSON + " is not readable JSON", e);
            }
        }
        return tree;
    }

    /** The YAML bundle's text, for tools that take a document (Swagger Parser, swagger-request-validator, Prism). */
    public static synchronized String yaml() {
        if (yaml == null) {
            yaml = text(YAML);
        }
        return yaml;
    }

    /** The YAML bundle written under the {@link OutputDirectory}, for tools that take a path (Prism). */
    public static synchronized Path yamlFile() {
        Path file = OutputDirectory.resolve("faceid-openapi.yaml");
        try {
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(yaml())) {
                Files.writeString(file, yaml(), StandardCharsets.UTF_8);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle to " + file, e);
        }
    }

    /** Follows internal {@code $ref}s of {@code root} until a real node; MissingNode when one dangles or loops. */
    public static JsonNode deref(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > MAX_HOPS) {
                return MissingNode.getInstance();
            }
            current = root.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** A resource of the test classpath as UTF-8 text; fails with a hint when it is missing. */
    public static String text(String resource) {
        try (InputStream in = RawBundle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath: the faceid-openapi"
                        + " dependency is missing or was built without its bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
