package dev.faceidkit.testsupport.process;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A running {@code prism mock} of the bundled contract, on a free loopback port; log in target/prism-mock.log. */
@SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13+ also closes AutoCloseable values; close() is idempotent.
public final class PrismMockServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final ManagedProcess process;
    private final String baseUrl;

    private PrismMockServer(ManagedProcess process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static PrismMockServer start() {
        String prism = PrismBinary.ofRepository().checkedExecutable().toString();
        int port = FreePort.find();
        ManagedProcess process = ManagedProcess.start("prism mock", List.of(prism, "mock", "-h", "127.0.0.1",
                "-p", String.valueOf(port), RawBundle.yamlFile().toString()), Map.of(),
                OutputDirectory.resolve("prism-mock.log"));
        String baseUrl = "http://127.0.0.1:" + port;
        // Prism answers an unknown path with 404 once it listens.
        process.awaitHttp(URI.create(baseUrl + "/__test_support_probe"), Duration.ofSeconds(60));
        return new PrismMockServer(process, baseUrl);
    }

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
