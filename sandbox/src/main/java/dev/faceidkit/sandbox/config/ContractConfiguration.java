package dev.faceidkit.sandbox.config;

import dev.faceidkit.contractmodel.Contract;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract the sandbox enforces: the bundle it was built from, or the bundle file named by
 * {@code faceid.sandbox.contract} (environment {@code FACEID_SANDBOX_CONTRACT}), for example a newer copy. Field
 * values, variant requirements and error wording follow it with no code change.
 */
@Configuration(proxyBeanMethods = false)
public class ContractConfiguration {

    @Bean
    public Contract contract(@Value("${faceid.sandbox.contract:}") String bundle) {
        return bundle.isBlank() ? Contract.bundled() : Contract.load(Path.of(bundle));
    }
}
