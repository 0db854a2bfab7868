package dev.faceidkit.benchmarks.junitstart;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.faceidkit.sandboxjunit.FaceIdSandbox;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A test JVM as a team's build starts one: the JUnit Platform runs one test class annotated {@link FaceIdSandbox},
 * whose test prints {@value #READY} the moment the extension has injected a ready sandbox. StartTimeBenchmark starts
 * this class in a new JVM and times the line from the process start.
 */
public final class JUnitStartProbe {

    public static final String READY = "junit-start-probe: sandbox injected";

    private JUnitStartProbe() {
    }

    public static void main(String[] args) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ProbeTest.class)).build(),
                summary);
        if (summary.getSummary().getTotalFailureCount() > 0 || summary.getSummary().getTestsSucceededCount() != 1) {
            summary.getSummary().getFailures().forEach(f -> f.getException().printStackTrace());
            System.exit(1);
        }
    }

    /** The user's test: it only receives the sandbox. */
    @FaceIdSandbox
    public static class ProbeTest {
        @Test
        void receivesTheSandbox(URI baseUrl) {
            System.out.println(READY + " " + baseUrl);
            System.out.flush();
        }
    }
}
