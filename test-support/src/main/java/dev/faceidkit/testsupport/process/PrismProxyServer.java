package dev.faceidkit.testsupport.process;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code prism proxy --errors} in front of the sandbox: it validates each request and the sandbox's response
 * against the bundle, answering 422 for an invalid request (without forwarding it) and 500 for an invalid
 * response. Log in target/prism-proxy.log.
 */
public final class PrismProxyServer extends LocalServer {

    private final SandboxProcess upstream;

    private PrismProxyServer(String prism, SandboxProcess upstream) {
        super("prism proxy", port -> List.of(prism, "proxy", "--errors", "-h", "127.0.0.1", "-p", String.valueOf(port),
                RawBundle.yamlFile().toString(), upstream.baseUrl()), port -> Map.of(), "prism-proxy.log",
                "/__test_support_probe", Duration.ofSeconds(60));
        this.upstream = upstream;
    }

    public static PrismProxyServer start(SandboxProcess upstream) {
        return new PrismProxyServer(PrismBinary.ofRepository().checkedExecutable().toString(), upstream);
    }

    /** Prism, validating, in front of the sandbox. */
    @Override
    public String baseUrl() {
        return super.baseUrl();
    }

    /** The sandbox behind it, for requests Prism must not see (invalid on purpose, or binary beyond ASCII). */
    public SandboxProcess sandbox() {
        return upstream;
    }
}
