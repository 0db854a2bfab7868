package dev.faceidkit.conformancetests.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.report.ConformanceLedger;
import dev.faceidkit.conformancetests.report.ExampleCheck;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example of the bundle (request, response, parameter) is valid against its schema. */
class ExamplesMatchTheirSchemasTest {

    private final Contract contract = ContractBundle.get().contract();
    private final ExampleSchemaCheck check = new ExampleSchemaCheck(contract);

    @TestFactory
    Stream<DynamicTest> everyExampleIsValid() {
        return ExampleCases.of(contract).stream().map(example -> dynamicTest(
                example.operationId() + " " + example.label(),
                () -> ConformanceLedger.check(example.operationId(), ExampleCheck.SCHEMA, example.label(),
                        () -> assertThat(check.problems(example)).as(example.label()).isEmpty())));
    }
}
