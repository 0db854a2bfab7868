package dev.faceidkit.testsupport.process;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A running {@code prism mock} of the bundled contract, on a free loopback port; log in target/prism-mock.log. */
public final class PrismMockServer extends LocalServer {

    private PrismMockServer(String prism) {
        // Prism answers an unknown path with 404 once it listens.
        super("prism mock", port -> List.of(prism, "mock", "-h", "127.0.0.1", "-p", String.valueOf(port),
                RawBundle.yamlFile().toString()), port -> Map.of(), "prism-mock.log", "/__test_support_probe",
                Duration.ofSeconds(60));
    }

    public static PrismMockServer start() {
        return new PrismMockServer(PrismBinary.ofRepository().checkedExecutable().toString());
    }
}
