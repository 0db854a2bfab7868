package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.config.SandboxProperties;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The accounts by api_key: the configured ones, and those a test added while the sandbox runs
 * ({@code POST /sandbox/accounts}), which it may remove again.
 */
@Component
public class AccountRegistry {

    private final Map<String, Account> byApiKey = new ConcurrentHashMap<>();
    private final Set<String> configured;

    public AccountRegistry(SandboxProperties properties) {
        for (Account account : properties.accounts().values()) {
            if (byApiKey.putIfAbsent(account.apiKey(), account) != null) {
                throw new IllegalArgumentException("Two sandbox accounts share the api-key " + account.apiKey());
            }
        }
        this.configured = Set.copyOf(byApiKey.keySet());
    }

    /** Adds an account; false when its api_key is taken. */
    public boolean add(Account account) {
        return byApiKey.putIfAbsent(account.apiKey(), account) == null;
    }

    /** Removes an added account; false when there is none with that key. Configured accounts stay. */
    public boolean remove(String apiKey) {
        return !isConfigured(apiKey) && byApiKey.remove(apiKey) != null;
    }

    public boolean isConfigured(String apiKey) {
        return configured.contains(apiKey);
    }

    public Optional<Account> find(String apiKey) {
        return Optional.ofNullable(byApiKey.get(apiKey));
    }

    public Collection<Account> all() {
        return byApiKey.values();
    }

    /** The account whose key and secret these are; {@code AUTHENTICATION_ERROR} otherwise. */
    public Account authenticate(String apiKey, String apiSecret) {
        Account account = byApiKey.get(apiKey);
        // Compare digests so that neither the content nor the length of the secret shows in the timing.
        if (account == null || !MessageDigest.isEqual(sha256(account.apiSecret()), sha256(apiSecret))) {
            throw FaceIdError.of(FaceIdErrorCode.AUTHENTICATION_ERROR);
        }
        return account;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
