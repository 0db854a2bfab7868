package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.VerifyRequest;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FaceImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link RequireCoverage} fails a class whose tests fell short, listing exactly what was never exercised, and passes
 * one whose tests met it; the run leaves faceid-coverage.json and .md behind. Each case is its own JUnit run (the
 * engine test kit), with a sandbox of its own.
 */
class RequireCoverageTest {

    private static final VerifyRequest DATA_SOURCE = VerifyRequest.builder()
            .comparison(Comparison.dataSource("张三", "11010519491231002X"))
            .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
            .build();

    @Test
    void aClassThatFallsShortFailsWithWhatWasNeverExercised(@TempDir Path reports) {
        Events containers = run(FallsShort.class, reports).containerEvents();

        containers.assertThatEvents().haveExactly(1, finishedWithFailure(
                message(m -> m.contains("falls short of operation:verify, variant:verify/comparison_type,"
                        + " error:getResult/DATA_DESTROYED")
                        && m.contains("verify: variant comparison_type=0 (ReferencePhotoComparison) never chosen")
                        && m.contains("getResult: error DATA_DESTROYED (403) never answered")
                        && !m.contains("verify: never called")
                        && !m.contains("comparison_type=1 "))));
    }

    @Test
    void aClassThatMeetsItPassesAndTheRunWritesTheReports(@TempDir Path reports) throws Exception {
        run(MeetsIt.class, reports).containerEvents().assertStatistics(stats -> stats.failed(0));

        JsonNode json = new ObjectMapper().readTree(reports.resolve("faceid-coverage.json").toFile());
        assertThat(json.path("totals").path("operations").path("seen").asInt()).isEqualTo(1);
        String markdown = Files.readString(reports.resolve("faceid-coverage.md"));
        assertThat(markdown).contains("## Gaps").contains("| `verify` | variant | `comparison_type=1` | 1 |")
                .contains("](faceid-test-inputs.md#");
        assertThat(reports.resolve("faceid-test-inputs.md")).exists();
    }

    private static EngineExecutionResults run(Class<?> testClass, Path reports) {
        String before = System.getProperty(SandboxCoverage.DIRECTORY_PROPERTY);
        System.setProperty(SandboxCoverage.DIRECTORY_PROPERTY, reports.toString());
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
        } finally {
            if (before == null) {
                System.clearProperty(SandboxCoverage.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(SandboxCoverage.DIRECTORY_PROPERTY, before);
            }
        }
    }

    /** Run only by the tests above (a nested class that is not @Nested is not discovered on its own). */
    @FaceIdSandbox
    @RequireCoverage({"operation:verify", "variant:verify/comparison_type", "error:getResult/DATA_DESTROYED"})
    static class FallsShort {
        @Test
        void verifiesAgainstTheDataSourceOnly(FaceIdClient client) {
            client.verify(DATA_SOURCE);
        }
    }

    @FaceIdSandbox
    @RequireCoverage({"operation:verify", "success:verify", "variant:verify/comparison_type=1"})
    static class MeetsIt {
        @Test
        void verifiesAgainstTheDataSource(FaceIdClient client) {
            client.verify(DATA_SOURCE);
        }
    }
}
