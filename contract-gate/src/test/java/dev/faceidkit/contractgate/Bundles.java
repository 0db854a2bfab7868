package dev.faceidkit.contractgate;

import dev.faceidkit.contractgate.compare.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The bundle this build made, as a tree to copy and mutate in memory, and small helpers to do so. */
public final class Bundles {

    private static ObjectNode current;

    private Bundles() {
    }

    public static Path root() {
        return Path.of(Objects.requireNonNullElse(System.getProperty("toolkit.root"), "..")).toAbsolutePath().normalize();
    }

    /** A path given by a system property (set by the pom), relative ones taken from the repository root. */
    public static Path fromProperty(String name, String fallback) {
        return root().resolve(Objects.requireNonNullElse(System.getProperty(name), fallback)).normalize();
    }

    public static Path bundlePath() {
        return fromProperty("faceid.test.bundle", "openapi/target/bundle/faceid-openapi.yaml");
    }

    /** A fresh copy of the current bundle. */
    public static synchronized ObjectNode current() {
        if (current == null) {
            try {
                current = (ObjectNode) Json.YAML.readTree(bundlePath().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return current.deepCopy();
    }

    public static ObjectNode withVersion(ObjectNode tree, String version) {
        ((ObjectNode) tree.get("info")).put("version", version);
        return tree;
    }

    public static ObjectNode object(JsonNode tree, String pointer) {
        JsonNode node = tree.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("no object at " + pointer + " in the bundle (did the contract change?)");
        }
        return (ObjectNode) node;
    }

    public static ArrayNode array(JsonNode tree, String pointer) {
        JsonNode node = tree.at(pointer);
        if (!node.isArray()) {
            throw new IllegalArgumentException("no array at " + pointer + " in the bundle (did the contract change?)");
        }
        return (ArrayNode) node;
    }

    /** Removes the array element whose text (or whose {@code field}) equals {@code value}; fails if there is none. */
    public static JsonNode removeElement(ArrayNode array, String field, String value) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if ((field == null ? element : element.path(field)).asText().equals(value)) {
                return array.remove(i);
            }
        }
        throw new IllegalArgumentException("no element " + value + " in " + array);
    }

    /** The query parameter {@code name} of GET /faceid/lite/get_result. */
    public static ObjectNode getResultParameter(JsonNode tree, String name) {
        for (JsonNode parameter : array(tree, "/paths/~1faceid~1lite~1get_result/get/parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return (ObjectNode) parameter;
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    public static Path write(Path file, JsonNode tree) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Json.YAML.writeValue(file.toFile(), tree);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
