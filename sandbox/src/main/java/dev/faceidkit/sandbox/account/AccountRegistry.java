package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.config.SandboxProperties;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured accounts, by api_key. */
@Component
public class AccountRegistry {

    private final Map<String, Account> byApiKey = new HashMap<>();

    public AccountRegistry(SandboxProperties properties) {
        for (Account account : properties.accounts().values()) {
            if (byApiKey.putIfAbsent(account.apiKey(), account) != null) {
                throw new IllegalArgumentException("Two sandbox accounts share the api-key " + account.apiKey());
            }
        }
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
