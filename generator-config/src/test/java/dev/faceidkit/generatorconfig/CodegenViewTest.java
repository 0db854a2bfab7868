package dev.faceidkit.generatorconfig;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codegen view written by the build keeps every field of the bundled contract: the same form
 * fields and query parameters with the same constraints, the always-required set as its only
 * {@code required}, and every response property.
 */
@SuppressWarnings("rawtypes") // Swagger's model hands out raw Schema maps
class CodegenViewTest {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String MULTIPART = "multipart/form-data";

    private static JsonNode sourceTree;
    private static JsonNode viewTree;
    private static OpenAPI source;
    private static OpenAPI view;
    private static List<String> viewMessages;

    @BeforeAll
    static void load() {
        sourceTree = CodegenViewCli.read(System.getProperty("faceid.test.bundle",
                "classpath:META-INF/faceid/openapi/faceid-openapi.yaml"));
        Path viewFile = Path.of(System.getProperty("faceid.test.view", "target/codegen/faceid-openapi-codegen.yaml"));
        try {
            viewTree = CodegenViewCli.YAML.readTree(viewFile.toFile());
            source = parse(CodegenViewCli.YAML.writeValueAsString(sourceTree)).getOpenAPI();
            SwaggerParseResult parsedView = parse(Files.readString(viewFile));
            view = parsedView.getOpenAPI();
            viewMessages = parsedView.getMessages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false); // compare the documents as written, references included
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    static Stream<String> operations() {
        return operationsOf(sourceTree).keySet().stream();
    }

    @Test
    void viewParsesWithoutMessages() {
        assertThat(view).isNotNull();
        assertThat(viewMessages).isEmpty();
    }

    @Test
    void noCompositionIsLeft() {
        List<String> found = new ArrayList<>();
        findKeys(viewTree, "", Set.of("oneOf", "anyOf", "allOf"), found);
        assertThat(found).isEmpty();
        // The generated file must be the derivation of the bundle the build depends on.
        assertThat(viewTree).isEqualTo(CodegenView.derive(sourceTree));
    }

    @Test
    void everyOperationIsKept() {
        assertThat(operationsOf(viewTree).keySet()).isEqualTo(operationsOf(sourceTree).keySet()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}: form fields")
    @MethodSource("operations")
    void formFieldsAreKeptWithTheirConstraints(String operationId) {
        Schema<?> sourceForm = form(source, operationId);
        Schema<?> viewForm = form(view, operationId);
        if (sourceForm == null) {
            assertThat(viewForm).isNull();
            return;
        }
        Map<String, Field> expected = fields(sourceForm.getProperties());
        // A field named only by a variant would be lost by the view; there must be none.
        assertThat(expected.keySet()).containsAll(variantFieldNames(sourceForm));
        assertThat(fields(viewForm.getProperties())).isEqualTo(expected);
        assertThat(viewForm.getRequired()).isEqualTo(sourceForm.getRequired());
    }

    @ParameterizedTest(name = "{0}: query parameters")
    @MethodSource("operations")
    void queryParametersAreKeptWithTheirConstraints(String operationId) {
        assertThat(parameters(view, operationId)).isEqualTo(parameters(source, operationId));
    }

    @Test
    void everyResponsePropertyIsKept() {
        Map<String, Schema> viewSchemas = view.getComponents().getSchemas();
        for (Map.Entry<String, Schema> entry : source.getComponents().getSchemas().entrySet()) {
            Schema<?> kept = viewSchemas.get(entry.getKey());
            if (kept == null) {
                continue; // a dropped variant: checked by onlyTheVariantsAreDropped
            }
            Map<String, Schema> expected = new LinkedHashMap<>();
            Set<String> required = new TreeSet<>();
            effective(entry.getValue(), expected, required);
            assertThat(fields(kept.getProperties())).as(entry.getKey()).isEqualTo(fields(expected));
            assertThat(kept.getRequired() == null ? Set.of() : new TreeSet<>(kept.getRequired()))
                    .as(entry.getKey() + " required").isEqualTo(required);
        }
    }

    @Test
    void onlyTheVariantsAreDropped() {
        Set<String> variants = new TreeSet<>();
        for (String operationId : operationsOf(sourceTree).keySet()) {
            Schema<?> form = form(source, operationId);
            if (form != null) {
                variants.addAll(variantNames(form));
            }
        }
        assertThat(variants).isNotEmpty();
        Set<String> expected = new TreeSet<>(source.getComponents().getSchemas().keySet());
        expected.removeAll(variants);
        assertThat(new TreeSet<>(view.getComponents().getSchemas().keySet())).isEqualTo(expected);
    }

    @Test
    void everythingElseIsUnchanged() {
        // Rule 4 only moves examples: put them back where they were before comparing. Rule 5 drops the
        // varnames of enumerations with a default: drop them from the source too.
        JsonNode view = withExamplesInline(viewTree);
        JsonNode source = withoutVarnamesOfDefaults(sourceTree);
        for (String key : List.of("openapi", "info", "servers", "tags", "paths")) {
            assertThat(view.get(key)).as(key).isEqualTo(source.get(key));
        }
        JsonNode sourceComponents = source.get("components");
        sourceComponents.fieldNames().forEachRemaining(key -> {
            if (!key.equals("schemas")) {
                assertThat(view.get("components").get(key)).as("components." + key).isEqualTo(sourceComponents.get(key));
            }
        });
        // A component schema without any composition is copied as it is (unless it is a dropped variant).
        JsonNode viewSchemas = viewTree.get("components").get("schemas");
        sourceComponents.get("schemas").properties().forEach(schema -> {
            List<String> compositions = new ArrayList<>();
            findKeys(schema.getValue(), "", Set.of("oneOf", "anyOf", "allOf"), compositions);
            if (compositions.isEmpty() && viewSchemas.has(schema.getKey())) {
                assertThat(viewTree.get("components").get("schemas").get(schema.getKey()))
                        .as(schema.getKey()).isEqualTo(schema.getValue());
            }
        });
    }

    @Test
    void everyNamedExampleOfARequestOrResponseIsAReferenceThatResolves() {
        JsonNode examples = viewTree.path("components").path("examples");
        List<String> inline = new ArrayList<>();
        viewTree.path("paths").forEach(item -> item.forEach(op -> {
            List<JsonNode> bodies = new ArrayList<>(List.of(op.path("requestBody")));
            op.path("responses").forEach(bodies::add);
            bodies.forEach(body -> body.path("content").forEach(media -> media.path("examples").properties()
                    .forEach(e -> {
                        String ref = e.getValue().path("$ref").asText("");
                        if (!ref.startsWith("#/components/examples/")
                                || !examples.has(ref.substring("#/components/examples/".length()))) {
                            inline.add(op.path("operationId").asText() + " " + e.getKey());
                        }
                    })));
        }));
        assertThat(inline).isEmpty();
        assertThat(examples.size()).isGreaterThan(100);
    }

    // --- helpers -------------------------------------------------------------------------------

    @Test
    void theJsonViewForOtherLanguagesIsTheViewTheJavaGeneratorsRead() throws Exception {
        // One derivation for every language: the JSON file other teams feed OpenAPI Generator is the same
        // document as the YAML view the Java client and server stubs are generated from.
        Path json = Path.of(System.getProperty("faceid.test.view", "target/codegen/faceid-openapi-codegen.yaml")
                .replaceFirst("\\.yaml$", ".json"));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())).isEqualTo(viewTree);
    }

    @Test
    void noEnumerationWithADefaultKeepsItsVarnames() {
        List<String> kept = new ArrayList<>();
        findVarnamesWithDefault(viewTree, "", kept);
        assertThat(kept).isEmpty();
        List<String> inSource = new ArrayList<>();
        findVarnamesWithDefault(sourceTree, "", inSource);
        assertThat(inSource).as("the contract has such enumerations, so the rule is exercised").isNotEmpty();
    }

    private static void findVarnamesWithDefault(JsonNode node, String path, List<String> found) {
        if (node.has("x-enum-varnames") && node.has("default")) {
            found.add(path);
        }
        if (node.isObject()) {
            node.properties().forEach(e -> findVarnamesWithDefault(e.getValue(), path + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findVarnamesWithDefault(node.get(i), path + "/" + i, found);
            }
        }
    }

    private static JsonNode withoutVarnamesOfDefaults(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        stripVarnames(copy);
        return copy;
    }

    private static void stripVarnames(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has("x-enum-varnames")
                && object.has("default")) {
            object.remove("x-enum-varnames");
        }
        node.forEach(CodegenViewTest::stripVarnames);
    }

    /** A copy of the view with every {@code #/components/examples/} reference replaced by its example. */
    private static JsonNode withExamplesInline(JsonNode view) {
        JsonNode copy = view.deepCopy();
        JsonNode examples = copy.path("components").path("examples");
        inline(copy, examples);
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("components")).remove("examples");
        return copy;
    }

    private static void inline(JsonNode node, JsonNode examples) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.properties().forEach(e -> {
                String ref = e.getValue().path("$ref").asText("");
                if (ref.startsWith("#/components/examples/")) {
                    e.setValue(examples.get(ref.substring("#/components/examples/".length())).deepCopy());
                } else {
                    inline(e.getValue(), examples);
                }
            });
        } else {
            node.forEach(child -> inline(child, examples));
        }
    }

    /** What a generator sees of a field or parameter: its type and every constraint. */
    record Field(String ref, String type, String format, List<?> enumeration, String pattern, Integer minLength,
                 Integer maxLength, Object defaultValue, String itemsRef, String itemsType, Object minimum, Object maximum) {
    }

    private static Field field(Schema<?> schema) {
        Schema<?> s = unwrap(schema);
        Schema<?> items = s.getItems() == null ? null : unwrap(s.getItems());
        return new Field(s.get$ref(), s.getType(), s.getFormat(), s.getEnum(), s.getPattern(), s.getMinLength(),
                s.getMaxLength(), s.getDefault(), items == null ? null : items.get$ref(),
                items == null ? null : items.getType(), s.getMinimum(), s.getMaximum());
    }

    /** {@code allOf: [$ref]} means the referenced schema: the same field, as the view writes it. */
    private static Schema<?> unwrap(Schema<?> schema) {
        List<Schema> allOf = schema.getAllOf();
        if (allOf != null && allOf.size() == 1 && allOf.get(0).get$ref() != null && schema.getProperties() == null) {
            return allOf.get(0);
        }
        return schema;
    }

    private static Map<String, Field> fields(Map<String, Schema> properties) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((name, schema) -> fields.put(name, field(schema)));
        }
        return fields;
    }

    /** Properties and required names of a schema with its allOf parts; oneOf variants only pin values. */
    private static void effective(Schema<?> schema, Map<String, Schema> properties, Set<String> required) {
        if (schema.get$ref() != null) {
            effective(component(source, schema.get$ref()), properties, required);
            return;
        }
        if (schema.getAllOf() != null && schema.getProperties() == null && unwrap(schema) != schema) {
            return; // a wrapper, not an object
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                effective(part, properties, required);
            }
        }
        if (schema.getProperties() != null) {
            properties.putAll(schema.getProperties());
        }
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
    }

    private static Set<String> variantNames(Schema<?> form) {
        Set<String> names = new LinkedHashSet<>();
        List<Schema> groups = new ArrayList<>();
        if (form.getOneOf() != null) {
            groups.addAll(form.getOneOf());
        }
        if (form.getAllOf() != null) {
            form.getAllOf().stream().filter(part -> part.getOneOf() != null).forEach(part -> groups.addAll(part.getOneOf()));
        }
        groups.forEach(variant -> names.add(variant.get$ref().substring(SCHEMA_REF.length())));
        return names;
    }

    private static Set<String> variantFieldNames(Schema<?> form) {
        Set<String> names = new TreeSet<>();
        for (String variant : variantNames(form)) {
            Schema<?> body = source.getComponents().getSchemas().get(variant);
            if (body.getProperties() != null) {
                names.addAll(body.getProperties().keySet());
            }
            if (body.getRequired() != null) {
                names.addAll(body.getRequired());
            }
        }
        return names;
    }

    private static Schema<?> form(OpenAPI api, String operationId) {
        Operation operation = operation(api, operationId);
        if (operation.getRequestBody() == null) {
            return null;
        }
        Schema<?> schema = operation.getRequestBody().getContent().get(MULTIPART).getSchema();
        return schema.get$ref() == null ? schema : component(api, schema.get$ref());
    }

    private static Map<String, Object> parameters(OpenAPI api, String operationId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<Parameter> declared = operation(api, operationId).getParameters();
        if (declared != null) {
            for (Parameter p : declared) {
                parameters.put(p.getIn() + " " + p.getName(), List.of(Objects.toString(p.getRequired()), field(p.getSchema())));
            }
        }
        return parameters;
    }

    private static Operation operation(OpenAPI api, String operationId) {
        return api.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(op -> operationId.equals(op.getOperationId()))
                .findFirst().orElseThrow(() -> new AssertionError("No operation " + operationId));
    }

    private static Schema<?> component(OpenAPI api, String ref) {
        return api.getComponents().getSchemas().get(ref.substring(SCHEMA_REF.length()));
    }

    private static Map<String, JsonNode> operationsOf(JsonNode doc) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        doc.get("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                operations.put(op.get("operationId").asText(), op);
            }
        }));
        return operations;
    }

    /** Keys named {@code names} anywhere outside examples and extensions. */
    private static void findKeys(JsonNode node, String path, Set<String> names, List<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findKeys(node.get(i), path + "/" + i, names, found);
            }
        } else if (node.isObject()) {
            node.properties().forEach(child -> {
                String key = child.getKey();
                if (names.contains(key)) {
                    found.add(path + "/" + key);
                }
                if (!key.equals("example") && !key.equals("examples") && !key.startsWith("x-")) {
                    findKeys(child.getValue(), path + "/" + key, names, found);
                }
            });
        }
    }
}
