package dev.faceidkit.sandboxjunit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.faceidkit.sandbox.coverage.ContractCoverage;
import dev.faceidkit.sandbox.coverage.CoverageMarkdown;
import dev.faceidkit.sandbox.coverage.CoverageReport;
import dev.faceidkit.sandbox.coverage.CoverageRequirement;
import dev.faceidkit.sandbox.coverage.TestInputHints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The contract coverage a running sandbox has counted (what {@code GET /sandbox/coverage} answers): of every
 * client, or of one api_key ({@link #ofKey}). {@link #require} fails a test with the list of what was never
 * exercised.
 */
public final class SandboxCoverage {

    /** Where the reports go at the end of a run: {@code target/} unless {@code faceid.coverage.directory} says. */
    public static final String DIRECTORY_PROPERTY = "faceid.coverage.directory";
    static final String JSON_FILE = "faceid-coverage.json";
    static final String MARKDOWN_FILE = "faceid-coverage.md";
    static final String TEST_INPUTS_FILE = "faceid-test-inputs.md";

    private final ContractCoverage coverage;
    private final Optional<String> apiKey;

    SandboxCoverage(ContractCoverage coverage, Optional<String> apiKey) {
        this.coverage = coverage;
        this.apiKey = apiKey;
    }

    /** The same counts, limited to the requests of {@code apiKey}. */
    public SandboxCoverage ofKey(String apiKey) {
        return new SandboxCoverage(coverage, Optional.of(apiKey));
    }

    public CoverageReport report() {
        return coverage.report(apiKey);
    }

    /** The report as Markdown, gaps first; its links go to {@code testInputs} (a URL or a file name). */
    public String markdown(String testInputs) {
        return CoverageMarkdown.render(report(), TestInputHints.bundled(), testInputs);
    }

    /** Forgets the counts (of this key only, for a view limited to one). */
    public void reset() {
        coverage.reset(apiKey);
    }

    /**
     * Fails with an {@link AssertionError} listing every item never exercised when a requirement is not met;
     * requirements are written as for {@link RequireCoverage}. A requirement that cannot be read, or names what the
     * contract does not document, throws an {@link IllegalArgumentException}.
     */
    public void require(String... requirements) {
        List<CoverageRequirement> parsed = Arrays.stream(requirements).map(CoverageRequirement::parse).toList();
        List<String> unmet = CoverageRequirement.unmet(parsed, report());
        if (!unmet.isEmpty()) {
            throw new AssertionError("FaceID contract coverage" + apiKey.map(k -> " of api_key " + k).orElse("")
                    + " falls short of " + String.join(", ", requirements) + "; never exercised:\n  - "
                    + String.join("\n  - ", unmet));
        }
    }

    /** Writes faceid-coverage.json and .md (and the test-input guide they link to) into {@code directory}. */
    public void writeReports(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON_FILE), new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report()), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(MARKDOWN_FILE), markdown(TEST_INPUTS_FILE), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(TEST_INPUTS_FILE), TestInputHints.bundled().text(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the coverage reports to " + directory, e);
        }
    }

    /** {@code faceid.coverage.directory}, else {@code target/} of the working directory (Maven's module folder). */
    static Path reportDirectory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, "target"));
    }
}
