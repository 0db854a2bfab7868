package dev.faceidkit.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractgate.Bundles;
import dev.faceidkit.contractgate.compare.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit statuses and outputs. */
class MainTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedContractPassesAndPrintsJson() throws IOException {
        Path baseline = Bundles.write(tmp.resolve("old.yaml"), Bundles.current());
        Path candidate = Bundles.write(tmp.resolve("new.yaml"), Bundles.current());

        assertThat(main("--baseline", baseline.toString(), "--candidate", candidate.toString(), "--format", "json"))
                .isEqualTo(Main.PASSED);
        JsonNode report = Json.YAML.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(report.path("requiredBump").asText()).isEqualTo("NONE");
    }

    @Test
    void aNewRequiredFieldExitsWithOne() throws IOException {
        Path baseline = Bundles.write(tmp.resolve("old.yaml"), Bundles.current());
        ObjectNode broken = Bundles.current();
        Bundles.object(broken, "/components/schemas/VerifyRequest/properties").putObject("device_id")
                .put("type", "string");
        Bundles.array(broken, "/components/schemas/VerifyRequest/required").add("device_id");
        Path candidate = Bundles.write(tmp.resolve("new.yaml"), broken);
        Path report = tmp.resolve("report.json");

        assertThat(main("--baseline=" + baseline, "--candidate=" + candidate, "--format=json", "--report=" + report))
                .isEqualTo(Main.FAILED);
        JsonNode json = Json.YAML.readTree(report.toFile());
        assertThat(json.path("requiredBump").asText()).isEqualTo("MAJOR");
        assertThat(json.path("changes")).anySatisfy(change -> {
            assertThat(change.path("rule").asText()).isEqualTo("field-added");
            assertThat(change.path("breaking").asBoolean()).isTrue();
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("contract check FAILED");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws IOException {
        Path notOpenApi = Files.writeString(tmp.resolve("x.yaml"), "hello: world\n");
        Path candidate = Bundles.write(tmp.resolve("new.yaml"), Bundles.current());

        assertThat(main("--baseline", tmp.resolve("missing.yaml").toString(), "--candidate", candidate.toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.yaml: no such file").doesNotContain("\tat ");
        err.reset();
        assertThat(main("--baseline", notOpenApi.toString(), "--candidate", notOpenApi.toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an OpenAPI document");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(main("--candidate", "x.yaml")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--baseline is required");
        assertThat(main("--baseline", "a", "--candidate", "b", "--format", "xml")).isEqualTo(Main.USAGE);
        assertThat(main("--baseline", "a", "--candidate", "b", "--colour", "red")).isEqualTo(Main.USAGE);
    }
}
