package dev.faceidkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.openapi.ExampleCollector.ExampleCase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Runs the checks on a fixture with known mistakes (src/test/resources/fixtures/broken-examples), so a check
 * that stopped working cannot pass silently. It also pins the OpenAPI 3.0 semantics the validator applies.
 */
class ExampleChecksAreLiveTest {

    private static final String OP = "POST /verify";
    private final Spec fixture = SpecLoader.load("fixture", fixture("fixtures/broken-examples/openapi.yaml"));

    @Test
    void validatorFlagsExactlyTheBrokenExamples() {
        ExampleValidator validator = new ExampleValidator(fixture);
        List<ExampleCase> examples = ExampleCollector.collect(fixture);
        List<String> failing = examples.stream()
                .filter(example -> !validator.validate(example).isEmpty())
                .map(ExampleCase::name)
                .toList();

        assertThat(examples).as("examples found in the fixture").hasSize(15);
        assertThat(failing).containsExactlyInAnyOrder(
                OP + " parameter mode example bad_not_in_enum",
                OP + " request example bad_id_card_missing_number",  // matches no oneOf variant
                OP + " request example bad_read_only_in_request",    // readOnly property sent in a request
                OP + " response 200 example bad_null_inside_nullable_object",
                OP + " response 200 example bad_date_time",
                OP + " response 200 example bad_from_other_file",    // example $ref'd from another file
                OP + " response 400 example",                        // error_message: 123
                OP + " response 400 schema.error_message example",   // schema-level example
                OP + " response 413 example bad_too_long");          // text/plain
    }

    @Test
    void coverageFlagsMissingExamples() {
        assertThat(ExampleCoverage.gaps(fixture)).containsExactlyInAnyOrder(
                OP + " response 500 application/json has no example",
                "POST /plain request application/json has no named example",
                "POST /plain response 204 has no content, so no example");
    }

    @Test
    void parserMessagesAreCaught() {
        assertThat(fixture.messages()).anyMatch(message -> message.contains("summry"));
    }

    private static Path fixture(String resource) {
        try {
            return Path.of(Objects.requireNonNull(ExampleChecksAreLiveTest.class.getResource("/" + resource),
                    resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
