package dev.faceidkit.testsupport.process;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The sandbox jar running as its own JVM on a free loopback port; log in target/sandbox.log. */
@SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13+ also closes AutoCloseable values; close() is idempotent.
public final class SandboxProcess implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final ManagedProcess process;
    private final String baseUrl;

    private SandboxProcess(ManagedProcess process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static SandboxProcess start() {
        Path jar = SandboxJar.locate();
        int port = FreePort.find();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Small heap and C1 only: the sandbox serves a few hundred requests, and two cores are shared with Prism.
        ManagedProcess process = ManagedProcess.start("sandbox",
                List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()),
                Map.of("SERVER_PORT", String.valueOf(port), "SERVER_ADDRESS", "127.0.0.1"),
                OutputDirectory.resolve("sandbox.log"));
        String baseUrl = "http://127.0.0.1:" + port;
        process.awaitHttp(URI.create(baseUrl + "/sandbox"), Duration.ofSeconds(120));
        return new SandboxProcess(process, baseUrl);
    }

    /** The sandbox itself, without Prism in between. */
    public String baseUrl() {
        return baseUrl;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
