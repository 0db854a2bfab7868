package dev.faceidkit.conformancetests.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.openapi.testing.ContractJsonSchema;
import java.util.List;

/**
 * Checks a value against a schema of the contract with the openapi module's {@link ContractJsonSchema} (draft 4,
 * after conversion; the same check as the contract's own example tests).
 */
public final class SchemaValidator {

    private final ContractJsonSchema schemas;

    public SchemaValidator(Contract contract) {
        this.schemas = new ContractJsonSchema(contract.tree());
    }

    /** The problems found; empty when the value is valid. */
    public List<String> validate(JsonNode schema, JsonNode value) {
        return schemas.problems(schema, value, ContractJsonSchema.Direction.NONE);
    }
}
