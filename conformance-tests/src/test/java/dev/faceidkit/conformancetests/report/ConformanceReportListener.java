package dev.faceidkit.conformancetests.report;

import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.testsupport.process.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes target/conformance-report.md and .json when the test plan ends, and prints its one closing line.
 * Registered with the JUnit Platform through META-INF/services, so it runs under surefire and in IDEs alike.
 */
public final class ConformanceReportListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (ConformanceLedger.examples().isEmpty() && ConformanceLedger.errorsReached().isEmpty()) {
            return; // Nothing of this module ran (another module's plan, or a filtered run).
        }
        try {
            ConformanceReport report = new ConformanceReport(ContractBundle.get().contract(),
                    ConformanceLedger.examples(), ConformanceLedger.errorsReached());
            Path markdown = OutputDirectory.resolve("conformance-report.md");
            Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(OutputDirectory.resolve("conformance-report.json"), report.json(), StandardCharsets.UTF_8);
            System.out.println(report.summaryLine());
        } catch (IOException | RuntimeException e) {
            System.out.println("conformance: the report could not be written: " + e);
        }
    }
}
