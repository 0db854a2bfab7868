package dev.faceidkit.testsupport.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The sandbox jar ({@link SandboxJar}, surefire's {@code faceid.sandbox.jar}) running as its own JVM on a free
 * loopback port; log in target/sandbox.log.
 */
public final class SandboxProcess extends LocalServer {

    private SandboxProcess(String java, Path jar) {
        // Small heap and C1 only: the sandbox serves a few hundred requests, and two cores are shared with Prism.
        super("sandbox", port -> List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()),
                port -> Map.of("SERVER_PORT", String.valueOf(port), "SERVER_ADDRESS", "127.0.0.1"), "sandbox.log",
                "/sandbox", Duration.ofSeconds(120));
    }

    public static SandboxProcess start() {
        return new SandboxProcess(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SandboxJar.locate());
    }

    /** The sandbox itself, without Prism in between. */
    @Override
    public String baseUrl() {
        return super.baseUrl();
    }
}
