package dev.faceidkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.openapi.ExampleCollector.ExampleCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example matches its schema, on the source and on the bundle; and examples are where they must be. */
class ExamplesTest {

    static Stream<Spec> specs() {
        return SpecLoader.sourceAndBundle().stream();
    }

    /** One test per example, named after it, e.g. "POST /faceid/v2/verify response 400 example NO_FACE_FOUND". */
    @TestFactory
    Stream<DynamicContainer> everyExampleMatchesItsSchema() {
        return specs().map(spec -> {
            List<ExampleCase> examples = ExampleCollector.collect(spec);
            ExampleValidator validator = new ExampleValidator(spec);
            // Without this, a contract whose examples the collector cannot find would pass with zero tests.
            Stream<DynamicNode> found = Stream.of(dynamicTest("examples are found",
                    () -> assertThat(examples).as("examples in %s", spec).isNotEmpty()));
            UndeclaredFields undeclared = new UndeclaredFields(spec);
            Stream<DynamicNode> checks = examples.stream().map(example -> dynamicTest(example.name(), () -> {
                assertThat(validator.validate(example)).as("%s: %s", spec.label(), example.name()).isEmpty();
                assertThat(undeclared.find(example.schema(), example.value()))
                        .as("%s: %s has fields no schema declares", spec.label(), example.name()).isEmpty();
            }));
            return dynamicContainer(spec.toString(), Stream.concat(found, checks));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyResponseHasAnExampleAndEveryRequestBodyANamedOne(Spec spec) {
        assertThat(ExampleCoverage.gaps(spec)).as("missing examples in %s", spec).isEmpty();
    }
}
