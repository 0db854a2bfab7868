package dev.faceidkit.testsupport.process;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code prism proxy --errors} in front of the sandbox: it validates each request and the sandbox's response
 * against the bundle, answering 422 for an invalid request (without forwarding it) and 500 for an invalid
 * response. Log in target/prism-proxy.log.
 */
@SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13+ also closes AutoCloseable values; close() is idempotent.
public final class PrismProxyServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final ManagedProcess process;
    private final String baseUrl;
    private final SandboxProcess upstream;

    private PrismProxyServer(ManagedProcess process, String baseUrl, SandboxProcess upstream) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.upstream = upstream;
    }

    public static PrismProxyServer start(SandboxProcess upstream) {
        String prism = PrismBinary.ofRepository().checkedExecutable().toString();
        int port = FreePort.find();
        ManagedProcess process = ManagedProcess.start("prism proxy", List.of(prism, "proxy", "--errors",
                "-h", "127.0.0.1", "-p", String.valueOf(port), RawBundle.yamlFile().toString(),
                upstream.baseUrl()), Map.of(), OutputDirectory.resolve("prism-proxy.log"));
        String baseUrl = "http://127.0.0.1:" + port;
        process.awaitHttp(URI.create(baseUrl + "/__test_support_probe"), Duration.ofSeconds(60));
        return new PrismProxyServer(process, baseUrl, upstream);
    }

    /** Prism, validating, in front of the sandbox. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The sandbox behind it, for requests Prism must not see (invalid on purpose, or binary beyond ASCII). */
    public SandboxProcess sandbox() {
        return upstream;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
