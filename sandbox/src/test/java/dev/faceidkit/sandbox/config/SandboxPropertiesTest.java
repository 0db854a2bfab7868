package dev.faceidkit.sandbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.sandbox.account.Account;
import dev.faceidkit.sandbox.account.AccountRegistry;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Accounts come from environment variables as well as from application.yaml. */
class SandboxPropertiesTest {

    @Test
    void anAccountCanBeAddedWithEnvironmentVariables() {
        SandboxProperties properties = bind(Map.of(
                "FACEID_SANDBOX_ACCOUNTS_TEAMA_APIKEY", "team-a-key",
                "FACEID_SANDBOX_ACCOUNTS_TEAMA_APISECRET", "team-a-secret",
                "FACEID_SANDBOX_ACCOUNTS_TEAMA_DENIEDAPIS", "get-biz-token,get-result",
                "FACEID_SANDBOX_ACCOUNTS_TEAMA_CALLLIMIT", "10"));

        Account account = new AccountRegistry(properties).find("team-a-key").orElseThrow();

        assertThat(account.deniedApis()).containsExactlyInAnyOrder(ApiOperation.GET_BIZ_TOKEN, ApiOperation.GET_RESULT);
        assertThat(account.callLimit()).isEqualTo(10);
        assertThat(account.dataSourceComparison()).isTrue();
        assertThat(account.concurrencyLimit()).isEqualTo(16);
        assertThat(account.toString()).doesNotContain("team-a-secret");
    }

    @Test
    void anAccountWithoutASecretIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("FACEID_SANDBOX_ACCOUNTS_TEAMB_APIKEY", "team-b-key")))
                .hasRootCauseMessage("Every sandbox account needs an api-key and an api-secret");
    }

    private static SandboxProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bind("faceid.sandbox", SandboxProperties.class).get();
    }
}
