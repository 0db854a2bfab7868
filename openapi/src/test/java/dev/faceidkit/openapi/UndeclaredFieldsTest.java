package dev.faceidkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The undeclared-field check sees through $ref, allOf/oneOf, arrays and maps, and reports a misspelt key. */
class UndeclaredFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COMPONENTS = """
            {"components": {"schemas": {
              "Result": {"type": "object", "properties": {"confidence": {"type": "number"}}},
              "Body": {"allOf": [
                {"type": "object", "properties": {"results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}}}},
                {"oneOf": [{"type": "object", "properties": {"kind": {"type": "string"}}}]}
              ], "properties": {"scores": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Result"}}}}
            }}}""";

    private final UndeclaredFields check;

    UndeclaredFieldsTest() throws Exception {
        check = new UndeclaredFields(new Spec("test", null, null, List.of(), JSON.readTree(COMPONENTS)));
    }

    @Test
    void acceptsFieldsDeclaredAnywhereInTheComposition() throws Exception {
        JsonNode value = JSON.readTree("""
                {"kind": "a", "results": [{"confidence": 1}], "scores": {"any": {"confidence": 2}}}""");
        assertThat(check.find(ref("Body"), value)).isEmpty();
    }

    @Test
    void reportsMisspeltKeysWithTheirPath() throws Exception {
        JsonNode value = JSON.readTree("""
                {"knd": "a", "results": [{"confidnce": 1}], "scores": {"any": {"confidence": 2, "x": 0}}}""");
        assertThat(check.find(ref("Body"), value))
                .containsExactly("$.knd", "$.results[0].confidnce", "$.scores.any.x");
    }

    private static JsonNode ref(String name) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }
}
