package dev.faceidkit.openapi;

import dev.faceidkit.openapi.ExampleCollector.ExampleCase;
import dev.faceidkit.testsupport.schema.ContractJsonSchema;
import java.util.List;

/** Checks one example against its schema with {@link ContractJsonSchema}. */
final class ExampleValidator {

    private final ContractJsonSchema schemas;

    ExampleValidator(Spec spec) {
        this.schemas = new ContractJsonSchema(spec.tree());
    }

    /** The problems found, empty when the example is valid. */
    List<String> validate(ExampleCase example) {
        if (example.value() == null) {
            return List.of("no inline value to check (externalValue is not supported)");
        }
        return schemas.problems(example.schema(), example.value(), example.direction());
    }
}
