package dev.faceidkit.testsupport.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks values against the schemas of an OpenAPI 3.0 document with a plain JSON Schema validator (networknt,
 * draft 4), after {@link SchemaConverter} has turned the schemas into exact JSON Schema. Shared, through this
 * module's test-jar, by every test that checks a value against the contract: the contract's own example checks,
 * the sandbox's response checks and the conformance tests.
 */
public final class ContractJsonSchema {

    /** Where a value travels: readOnly properties must be absent from requests, writeOnly ones from responses. */
    public enum Direction { REQUEST, RESPONSE, NONE }

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final JsonNode components;
    private final Map<Direction, ObjectNode> definitions = new EnumMap<>(Direction.class);

    /** @param document the whole OpenAPI document (its {@code components.schemas} resolve the $refs) */
    public ContractJsonSchema(JsonNode document) {
        this.components = document.path("components").path("schemas");
        for (Direction direction : Direction.values()) {
            definitions.put(direction, new SchemaConverter(components, direction).definitions());
        }
    }

    /** The problems of {@code value} against the OpenAPI {@code schema}, sorted; empty when it is valid. */
    public List<String> problems(JsonNode schema, JsonNode value, Direction direction) {
        if (schema == null || schema.isMissingNode()) {
            return List.of("no schema to check against");
        }
        if (value == null || value.isMissingNode()) {
            return List.of("no value to check");
        }
        // {"definitions": <all components>, "allOf": [<this schema>]}: component refs resolve inside the document.
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("definitions", definitions.get(direction));
        document.putArray("allOf").add(new SchemaConverter(components, direction).convert(schema));
        try {
            return FACTORY.getSchema(document).validate(value).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (RuntimeException e) {
            // Typically a $ref left pointing at a file, which the parse tests report on their own.
            return List.of("could not be checked: " + e);
        }
    }
}
