package dev.faceidkit.testsupport.process;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server process started for the test run on a free loopback port: {@code http://127.0.0.1:<port>}, ready once
 * {@code probe} answers with any HTTP status, stopped with its process tree by {@link #close} (idempotent), which
 * the JUnit root store calls after the last test.
 */
@SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13+ also closes AutoCloseable values; close() is idempotent.
public abstract class LocalServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final ManagedProcess process;
    private final String baseUrl;

    /**
     * Starts {@code command} (given the chosen port) with {@code environment} added (given the port too), output
     * to {@code log} under the {@link OutputDirectory}, and waits until {@code probePath} answers.
     */
    protected LocalServer(String name, IntFunction<List<String>> command, IntFunction<Map<String, String>> environment,
                          String log, String probePath, Duration timeout) {
        int port = FreePort.find();
        this.process = ManagedProcess.start(name, command.apply(port), environment.apply(port),
                OutputDirectory.resolve(log));
        this.baseUrl = "http://127.0.0.1:" + port;
        process.awaitHttp(URI.create(baseUrl + probePath), timeout);
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
