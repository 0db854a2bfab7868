package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A run of a class that uses everything the extension injects, as its own JUnit run (the engine test kit), ends
 * without a warning from JUnit: what the extension keeps in JUnit's stores is closed as JUnit 5.13+ expects.
 */
class QuietRunTest {

    @Test
    void aRunWithEveryInjectedTypeLogsNoWarning() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger junit = Logger.getLogger("org.junit");
        junit.addHandler(handler);
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(UsesEverything.class)).execute()
                    .testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        } finally {
            junit.removeHandler(handler);
        }
        assertThat(warnings).isEmpty();
    }

    /** Run only by the test above (a nested class that is not @Nested is not discovered on its own). */
    @FaceIdSandbox
    static class UsesEverything {
        @Test
        void takesAll(RunningSandbox sandbox, dev.faceidkit.sdk.FaceIdClient client, URI baseUrl,
                      RecordedRequests requests, SandboxAccount account) {
            assertThat(account.requests().all()).isEmpty();
        }
    }
}
