package dev.faceidkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract parses cleanly, and the bundle is the same API in one self-contained file. */
class SpecParseTest {

    static Stream<Spec> specs() {
        return SpecLoader.sourceAndBundle().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void swaggerParserReportsNoMessages(Spec spec) {
        assertThat(spec.model()).as("Swagger Parser could not read %s", spec).isNotNull();
        // Warnings count too: an "unexpected attribute" is a typo that generators silently drop.
        assertThat(spec.messages()).as("Swagger Parser messages for %s", spec).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void noFileRefRemainsAfterResolution(Spec spec) {
        // Swagger Parser 2.1.48 can leave a file $ref unresolved without any message (seen inside allOf).
        List<String> refs = new ArrayList<>();
        collectRefs(spec.tree(), "", refs);
        assertThat(outsideComponents(refs)).as("$refs not resolved into components in %s", spec).isEmpty();
    }

    @Test
    void bundleHasTheSameOperationsAndComponentsAsTheSource() {
        Spec source = SpecLoader.load("source", SpecLoader.sourcePath());
        Spec bundle = SpecLoader.load("bundle", SpecLoader.bundlePath());
        assertThat(fieldNames(bundle.tree().path("paths"))).as("paths")
                .isEqualTo(fieldNames(source.tree().path("paths")));
        assertThat(bundle.operations().stream().map(Spec.Operation::label)).as("operations")
                .containsExactlyInAnyOrderElementsOf(source.operations().stream().map(Spec.Operation::label).toList());
        // Swagger Parser (source) and redocly (bundle) both hoist external files into components.
        assertThat(componentCounts(bundle)).as("components per kind, bundle vs source")
                .isEqualTo(componentCounts(source));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundleFiles")
    void bundleIsSelfContainedWithReadableComponentNames(Path file) throws IOException {
        JsonNode tree = read(file);
        List<String> refs = new ArrayList<>();
        collectRefs(tree, "", refs);
        assertThat(outsideComponents(refs)).as("$refs that leave the bundle %s", file).isEmpty();
        tree.path("components").forEach(kind -> assertThat(fieldNames(kind)).as("component names in %s", file)
                .allMatch(name -> name.matches("[A-Za-z0-9._-]+") && !name.matches(".*\\.(ya?ml|json)")));
    }

    @Test
    void yamlAndJsonBundlesAreTheSameDocument() throws IOException {
        assertThat(read(SpecLoader.bundleJsonPath())).isEqualTo(read(SpecLoader.bundlePath()));
    }

    static Stream<Path> bundleFiles() {
        return Stream.of(SpecLoader.bundlePath(), SpecLoader.bundleJsonPath());
    }

    private static JsonNode read(Path file) throws IOException {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        return mapper.readTree(file.toFile());
    }

    private static List<String> outsideComponents(List<String> refs) {
        return refs.stream().filter(ref -> !ref.contains(" -> #/components/")).toList();
    }

    /** Every $ref in the tree, as "json/pointer -> target". */
    private static void collectRefs(JsonNode node, String pointer, List<String> refs) {
        if (node.path("$ref").isTextual()) {
            refs.add(pointer + " -> " + node.get("$ref").asText());
        }
        if (node.isObject()) {
            node.properties().forEach(e -> collectRefs(e.getValue(), pointer + "/" + e.getKey(), refs));
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectRefs(node.get(i), pointer + "/" + i, refs);
        }
    }

    private static Map<String, Integer> componentCounts(Spec spec) {
        Map<String, Integer> counts = new TreeMap<>();
        spec.tree().path("components").properties().forEach(e -> counts.put(e.getKey(), e.getValue().size()));
        return counts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
