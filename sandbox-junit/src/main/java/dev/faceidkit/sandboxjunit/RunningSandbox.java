package dev.faceidkit.sandboxjunit;

import dev.faceidkit.sandbox.FaceIdSandboxApplication;
import dev.faceidkit.sdk.FaceIdClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import dev.faceidkit.sandbox.coverage.ContractCoverage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A FaceID sandbox running in this JVM on a free loopback port: a test server with synthetic answers, not the
 * FaceID service. Start one with {@link #start()} (or let {@link FaceIdSandbox} do it once per test run), call it
 * through {@link #baseUrl()} or {@link #client()}, ask what it received through {@link #requests()}, stop it with
 * {@link #close()}.
 */
public final class RunningSandbox implements AutoCloseable {

    /** The account of the contract's examples, which may do everything (sandbox/TEST-INPUTS.md). */
    public static final String API_KEY = "example-api-key";
    public static final String API_SECRET = "example-api-secret";

    private final ConfigurableApplicationContext context;
    private final URI baseUrl;
    private final RecordedRequests journal;

    private RunningSandbox(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = URI.create("http://127.0.0.1:" + port + "/");
        this.journal = new RecordedRequests(baseUrl);
    }

    /** Starts a sandbox with its default accounts and fixtures. */
    public static RunningSandbox start() {
        return start(Map.of());
    }

    /**
     * Starts a sandbox with these settings added, such as {@code faceid.sandbox.contract} (another bundle) or
     * {@code faceid.sandbox.journal.size}; see sandbox/TEST-INPUTS.md.
     */
    public static RunningSandbox start(Map<String, String> settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        // Beans a test never touches are not made; what serves requests is made at start or at the first request.
        properties.put("spring.main.lazy-initialization", "true");
        properties.putAll(settings);
        // As command-line arguments: they win over the sandbox's application.yaml, as they do for java -jar.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication application = BuildTimeDefinitions.application();
        application.setRegisterShutdownHook(false);
        // Otherwise Spring names the test runner's main class in its start lines ("Starting ForkedBooter").
        application.setMainApplicationClass(FaceIdSandboxApplication.class);
        return new RunningSandbox(application.run(arguments));
    }

    /** Where the sandbox answers, ending with a slash: {@code http://127.0.0.1:<port>/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** A client of the sandbox with the example account; close it when done. */
    public FaceIdClient client() {
        return FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET).baseUrl(baseUrl.toString()).build();
    }

    /**
     * Adds an account to the sandbox ({@code POST /sandbox/accounts}), for a test that needs a key of its own or
     * other permissions; close the result to remove it. A key already in use is refused.
     */
    public SandboxAccount addAccount(AccountSettings settings) {
        SandboxHttp.postForm(baseUrl.resolve("sandbox/accounts"), settings.form());
        return new SandboxAccount(settings, baseUrl, coverage());
    }

    /** The contract coverage the sandbox has counted (GET /sandbox/coverage), of every client. */
    public SandboxCoverage coverage() {
        return new SandboxCoverage(context.getBean(ContractCoverage.class), Optional.empty());
    }

    /** The requests the sandbox received (its journal, GET /sandbox/requests). */
    public RecordedRequests requests() {
        return journal;
    }

    @Override
    public void close() {
        context.close();
    }
}
