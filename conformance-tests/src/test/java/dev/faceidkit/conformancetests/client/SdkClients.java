package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.http.RetryPolicy;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** SDK clients for test servers: the contract examples' credentials, no retries, a shared connection pool. */
public final class SdkClients {

    private static final OkHttpClient SHARED = new OkHttpClient();

    private SdkClients() {
    }

    /** A client of {@code baseUrl} whose requests pass {@code interceptor} first. */
    static FaceIdClient client(String baseUrl, Interceptor interceptor) {
        return builder(baseUrl).okHttpClient(SHARED.newBuilder().addInterceptor(interceptor).build()).build();
    }

    /** A client of {@code baseUrl} for the given account. */
    public static FaceIdClient client(String baseUrl, String apiKey, String apiSecret) {
        return builder(baseUrl).apiKey(apiKey).apiSecret(apiSecret).okHttpClient(SHARED).build();
    }

    private static FaceIdClient.Builder builder(String baseUrl) {
        // No retries: a test must see the first answer, and a retried 403 would only slow the run down.
        return FaceIdClient.builder().apiKey(SdkCall.API_KEY).apiSecret(SdkCall.API_SECRET).baseUrl(baseUrl)
                .retryPolicy(RetryPolicy.builder().maxRetries(0).build())
                .readTimeout(Duration.ofSeconds(60));
    }
}
