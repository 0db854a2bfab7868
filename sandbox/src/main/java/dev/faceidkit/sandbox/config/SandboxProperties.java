package dev.faceidkit.sandbox.config;

import dev.faceidkit.sandbox.account.Account;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration under {@code faceid.sandbox}: the accounts, keyed by a name so that environment variables can add
 * one ({@code FACEID_SANDBOX_ACCOUNTS_MYTEAM_APIKEY}, {@code ..._APISECRET}) without restating the others.
 */
@ConfigurationProperties("faceid.sandbox")
public record SandboxProperties(@DefaultValue Map<String, Account> accounts) {
}
