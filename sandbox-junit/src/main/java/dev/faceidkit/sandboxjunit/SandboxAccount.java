package dev.faceidkit.sandboxjunit;

import dev.faceidkit.sdk.FaceIdClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An account added to a running sandbox for one test ({@link RunningSandbox#addAccount}, or a parameter of this
 * type under {@link FaceIdSandbox}): its key, a client that calls with it, and the journal's requests sent with
 * it. {@link #close()} removes the account; its journal entries stay.
 */
public final class SandboxAccount implements AutoCloseable {

    private final AccountSettings settings;
    private final URI baseUrl;
    private final SandboxCoverage coverage;

    SandboxAccount(AccountSettings settings, URI baseUrl, SandboxCoverage coverage) {
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.coverage = coverage.ofKey(settings.apiKey());
    }

    public String apiKey() {
        return settings.apiKey();
    }

    public String apiSecret() {
        return settings.apiSecret();
    }

    /** A client of the sandbox that calls with this account; close it when done. */
    public FaceIdClient client() {
        return FaceIdClient.builder().apiKey(apiKey()).apiSecret(apiSecret()).baseUrl(baseUrl.toString()).build();
    }

    /** The journal's requests sent with this account's key; {@code requests().clear()} clears only those. */
    public RecordedRequests requests() {
        return new RecordedRequests(baseUrl).apiKey(apiKey());
    }

    /** The contract coverage of this account's requests: what they exercised and what they never met. */
    public SandboxCoverage coverage() {
        return coverage;
    }

    /** Removes the account from the sandbox; later calls with its key are refused as with any unknown key. */
    @Override
    public void close() {
        SandboxHttp.delete(baseUrl.resolve("sandbox/accounts/" + URLEncoder.encode(apiKey(), StandardCharsets.UTF_8)
                .replace("+", "%20")));
    }

    @Override
    public String toString() {
        return "SandboxAccount[" + apiKey() + "]";
    }
}
