package dev.faceidkit.sandboxjunit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An account to add to a running sandbox ({@link RunningSandbox#addAccount}): its key and secret, and what it may
 * do. Unset settings keep the sandbox's defaults: every permission, no call limit, 16 calls at a time, any caller
 * address (sandbox/TEST-INPUTS.md, "Accounts"). Immutable; {@link #builder(String)} makes one.
 */
public final class AccountSettings {

    private final Map<String, Object> form;

    private AccountSettings(Map<String, Object> form) {
        this.form = Map.copyOf(form);
    }

    /** Settings for an account with this api_key (its secret is {@code <api_key>-secret} unless set). */
    public static Builder builder(String apiKey) {
        return new Builder(apiKey);
    }

    public String apiKey() {
        return (String) form.get("api_key");
    }

    public String apiSecret() {
        return (String) form.get("api_secret");
    }

    /** The form of {@code POST /sandbox/accounts}. */
    Map<String, Object> form() {
        return form;
    }

    /** Leaves the secret out. */
    @Override
    public String toString() {
        Map<String, Object> shown = new LinkedHashMap<>(form);
        shown.put("api_secret", "***");
        return "AccountSettings" + shown;
    }

    public static final class Builder {

        private final Map<String, Object> form = new LinkedHashMap<>();

        private Builder(String apiKey) {
            form.put("api_key", Objects.requireNonNull(apiKey, "apiKey"));
            form.put("api_secret", apiKey + "-secret");
        }

        public Builder apiSecret(String apiSecret) {
            form.put("api_secret", Objects.requireNonNull(apiSecret, "apiSecret"));
            return this;
        }

        /** Operations this key may not call ({@code verify}, {@code rawVerify}, {@code getBizToken}, {@code getResult}). */
        public Builder deniedApis(String... operationIds) {
            form.put("denied_apis", List.of(operationIds));
            return this;
        }

        /** Whether it may compare against the identity data source (comparison_type 1). */
        public Builder dataSourceComparison(boolean allowed) {
            form.put("data_source_comparison", allowed);
            return this;
        }

        /** Whether it may compare against the caller's own photos (comparison_type 0). */
        public Builder referenceComparison(boolean allowed) {
            form.put("reference_comparison", allowed);
            return this;
        }

        /** A disabled key: every call is refused. */
        public Builder discontinued(boolean discontinued) {
            form.put("discontinued", discontinued);
            return this;
        }

        /** Calls per operation this key may make in all (a test key's limit). */
        public Builder callLimit(int calls) {
            form.put("call_limit", calls);
            return this;
        }

        /** Calls of this key that may run at the same time; the next one is refused. */
        public Builder concurrencyLimit(int calls) {
            form.put("concurrency_limit", calls);
            return this;
        }

        /** Caller addresses allowed; any when none is given. */
        public Builder allowedIps(String... addresses) {
            form.put("allowed_ips", List.of(addresses));
            return this;
        }

        /** get_biz_token calls allowed per person (ID number or uuid). */
        public Builder comparisonRetryLimit(int calls) {
            form.put("comparison_retry_limit", calls);
            return this;
        }

        public AccountSettings build() {
            return new AccountSettings(form);
        }
    }
}
