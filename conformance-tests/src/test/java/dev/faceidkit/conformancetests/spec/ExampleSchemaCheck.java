package dev.faceidkit.conformancetests.spec;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.List;

/** Every example against its schema. */
final class ExampleSchemaCheck {

    private final Contract contract;
    private final SchemaValidator validator;

    ExampleSchemaCheck(Contract contract) {
        this.contract = contract;
        this.validator = new SchemaValidator(contract);
    }

    List<String> problems(ExampleCase example) {
        return validator.validate(example.schema(), example.value());
    }

    /** All problems of all examples, each prefixed with the example's name. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ExampleCase example : ExampleCases.of(contract)) {
            problems(example).forEach(p -> problems.add(example.operationId() + " " + example.label() + ": " + p));
        }
        return problems;
    }
}
