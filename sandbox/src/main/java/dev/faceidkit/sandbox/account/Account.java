package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One api_key of the sandbox and what it may do, bound from {@code faceid.sandbox.accounts.<name>}.
 *
 * @param apiKey               the api_key
 * @param apiSecret            its secret (also the HMAC key of get_biz_token signs)
 * @param deniedApis           operations this key may not call ({@code AUTHORIZATION_ERROR} Denied)
 * @param dataSourceComparison whether it may compare against the identity data source (comparison_type 1)
 * @param referenceComparison  whether it may compare against the caller's photos (comparison_type 0)
 * @param discontinued         a disabled key: every call is refused
 * @param callLimit            a test key's number of calls per operation; null for no limit
 * @param concurrencyLimit     calls of this key that may run at the same time
 * @param allowedIps           caller addresses allowed; empty for any
 * @param comparisonRetryLimit get_biz_token calls allowed per person (ID number or uuid); null for no limit
 */
public record Account(
        String apiKey,
        String apiSecret,
        @DefaultValue Set<ApiOperation> deniedApis,
        @DefaultValue("true") boolean dataSourceComparison,
        @DefaultValue("true") boolean referenceComparison,
        @DefaultValue("false") boolean discontinued,
        Integer callLimit,
        @DefaultValue("" + Account.DEFAULT_CONCURRENCY_LIMIT) int concurrencyLimit,
        @DefaultValue List<String> allowedIps,
        Integer comparisonRetryLimit) {

    /** Calls of one key at the same time, unless configured otherwise. */
    public static final int DEFAULT_CONCURRENCY_LIMIT = 16;

    public Account {
        if (apiKey == null || apiKey.isBlank() || apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("Every sandbox account needs an api-key and an api-secret");
        }
        if (concurrencyLimit < 1) {
            throw new IllegalArgumentException("concurrency-limit of " + apiKey + " must be at least 1");
        }
        deniedApis = Set.copyOf(deniedApis);
        allowedIps = List.copyOf(allowedIps);
    }

    /** Leaves the secret out, so that an account can never reach a log line. */
    @Override
    public String toString() {
        return "Account[apiKey=" + apiKey + ", apiSecret=***]";
    }
}
