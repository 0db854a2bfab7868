package dev.faceidkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.faceidkit.openapi.ExampleCollector.Direction;
import dev.faceidkit.openapi.ExampleCollector.ExampleCase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one example against its schema with a real JSON Schema validator (networknt, draft 4), after
 * {@link SchemaConverter} has turned the OpenAPI 3.0 schema into plain JSON Schema.
 */
final class ExampleValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final JsonNode components;
    private final Map<Direction, ObjectNode> definitions = new EnumMap<>(Direction.class);

    ExampleValidator(Spec spec) {
        this.components = spec.tree().path("components").path("schemas");
        for (Direction direction : Direction.values()) {
            definitions.put(direction, new SchemaConverter(components, direction).definitions());
        }
    }

    /** The problems found, empty when the example is valid. */
    List<String> validate(ExampleCase example) {
        if (example.schema() == null) {
            return List.of("no schema to check the example against");
        }
        if (example.value() == null) {
            return List.of("no inline value to check (externalValue is not supported)");
        }
        // {"definitions": <all components>, "allOf": [<this schema>]}: component refs resolve inside the document.
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("definitions", definitions.get(example.direction()));
        document.putArray("allOf").add(new SchemaConverter(components, example.direction()).convert(example.schema()));
        try {
            return FACTORY.getSchema(document).validate(example.value()).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (RuntimeException e) {
            // Typically a $ref left pointing at a file, which SpecParseTest reports on its own.
            return List.of("could not be checked: " + e);
        }
    }
}
