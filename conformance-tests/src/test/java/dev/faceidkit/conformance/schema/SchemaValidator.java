package dev.faceidkit.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.faceidkit.conformance.contract.Contract;
import java.util.List;

/** Checks a value against a schema of the contract with a JSON Schema validator (draft 4, after conversion). */
public final class SchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final ObjectNode definitions;

    public SchemaValidator(Contract contract) {
        this.definitions = OpenApiSchemaConverter.definitions(contract.tree().path("components").path("schemas"));
    }

    /** The problems found; empty when the value is valid. */
    public List<String> validate(JsonNode schema, JsonNode value) {
        if (schema == null || schema.isMissingNode()) {
            return List.of("no schema to check against");
        }
        if (value == null || value.isMissingNode()) {
            return List.of("no value to check");
        }
        // {"definitions": <all components>, "allOf": [<this schema>]}, so that component refs resolve.
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("definitions", definitions);
        document.putArray("allOf").add(OpenApiSchemaConverter.convert(schema));
        try {
            return FACTORY.getSchema(document).validate(value).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (RuntimeException e) {
            return List.of("could not be checked: " + e);
        }
    }
}
