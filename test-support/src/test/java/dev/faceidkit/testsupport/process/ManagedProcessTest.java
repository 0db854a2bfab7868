package dev.faceidkit.testsupport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a managed process stops its whole tree; a process that dies while starting fails with its log. */
class ManagedProcessTest {

    @TempDir
    Path dir;

    @Test
    void closeStopsTheProcessAndItsChildren() throws Exception {
        ManagedProcess process = ManagedProcess.start("tree", List.of("sh", "-c", "sleep 300 & sleep 300 & wait"),
                Map.of(), dir.resolve("tree.log"));
        List<ProcessHandle> children = waitForChildren(process, 2);
        process.close();
        assertThat(process.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aProcessThatDiesWhileStartingIsReportedWithItsLog() {
        ManagedProcess process = ManagedProcess.start("doomed", List.of("sh", "-c", "echo cannot bind; exit 3"),
                Map.of(), dir.resolve("doomed.log"));
        assertThatThrownBy(() -> process.awaitHttp(URI.create("http://127.0.0.1:" + FreePort.find() + "/"),
                Duration.ofSeconds(30)))
                .hasMessageContaining("exited with 3").hasMessageContaining("cannot bind");
        process.close();
    }

    private static List<ProcessHandle> waitForChildren(ManagedProcess process, int count) throws InterruptedException {
        ProcessHandle self = ProcessHandle.current();
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> sleepers = self.descendants()
                    .filter(h -> h.info().command().map(c -> c.endsWith("sleep")).orElse(false)).toList();
            if (sleepers.size() >= count) {
                return sleepers;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the shell did not start its children: " + process);
    }
}
