package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.error.FaceIdError;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Identifies the caller of Verify, Raw-Verify and get_result by its {@code api_key} and {@code api_secret}. */
@Component
public class KeyAuthenticator {

    private final AccountRegistry registry;

    public KeyAuthenticator(AccountRegistry registry) {
        this.registry = registry;
    }

    public Account authenticate(HttpServletRequest request) {
        String apiKey = request.getParameter("api_key");
        if (apiKey == null || apiKey.isEmpty()) {
            throw FaceIdError.missing("api_key");
        }
        String apiSecret = request.getParameter("api_secret");
        if (apiSecret == null || apiSecret.isEmpty()) {
            throw FaceIdError.missing("api_secret");
        }
        return registry.authenticate(apiKey, apiSecret);
    }
}
