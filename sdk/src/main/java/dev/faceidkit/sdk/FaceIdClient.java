package dev.faceidkit.sdk;

import dev.faceidkit.generated.client.model.BizTokenResponse;
import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.sdk.errors.FaceIdTransportException;
import dev.faceidkit.sdk.errors.MalformedResponseException;
import dev.faceidkit.sdk.http.RedactingLoggingInterceptor;
import dev.faceidkit.sdk.http.RetryInterceptor;
import dev.faceidkit.sdk.http.RetryPolicy;
import dev.faceidkit.sdk.internal.BaseUrl;
import dev.faceidkit.sdk.internal.CallDeadlines;
import dev.faceidkit.sdk.internal.CallExecutor;
import dev.faceidkit.sdk.internal.ContractRequests;
import dev.faceidkit.sdk.internal.UneditableFieldSpelling;
import dev.faceidkit.signing.BizTokenSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The entry point to the FaceID web API: one method per operation, each taking a validated request object
 * and returning the generated response model.
 *
 * <p>Every method throws, unchecked: {@link FaceIdApiException} (one subclass per failure class) for an error
 * status, {@link FaceIdTransportException} when no complete response arrived, {@link MalformedResponseException}
 * for a success status with an unreadable body, and {@link IllegalStateException} once the client is closed.
 *
 * <p>Immutable and thread-safe: build one per api_key and share it. {@link #close()} releases the connection
 * pool and threads, but only those the client created; with {@link Builder#okHttpClient(OkHttpClient)} they
 * belong to the given client and stay open. Calls started before {@code close()} run to completion.
 */
public final class FaceIdClient implements AutoCloseable {

    /** Default connection timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default longest silence while reading a response (a data-source verify usually takes 1 to 2 s). */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default longest silence while sending a request. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** Default limit on a whole call, retries and their pauses included (a get_biz_token may carry 20 MB). */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(120);
    /** Personal data kept out of the logs unless the builder says otherwise. */
    public static final Set<String> DEFAULT_LOG_REDACTED_FIELDS = Set.of("idcard_name", "idcard_number");

    private final String apiKey;
    private final String apiSecret;
    private final HttpUrl baseUrl;
    private final BizTokenSigner signer;
    private final ContractRequests calls;
    private final CallExecutor executor;
    private final OkHttpClient http;
    private final boolean ownsHttpClient;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FaceIdClient(Builder builder, HttpUrl baseUrl, OkHttpClient http) {
        this.apiKey = builder.apiKey;
        this.apiSecret = builder.apiSecret;
        this.baseUrl = baseUrl;
        this.http = http;
        this.ownsHttpClient = builder.baseHttpClient == null;
        BizTokenSigner.Builder signer = BizTokenSigner.builder().apiKey(apiKey).apiSecret(apiSecret)
                .validity(builder.signValidity).clock(builder.clock);
        this.signer = (builder.signRandom == null ? signer : signer.random(builder.signRandom)).build();
        this.calls = new ContractRequests(baseUrl);
        this.executor = new CallExecutor(http, new CallDeadlines(builder.callTimeout), Set.of(apiSecret));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code POST /faceid/v2/verify}. Billed, including some failures (see {@link FaceIdApiException#billed()}). */
    public VerifyResponse verify(VerifyRequest request) {
        ensureOpen();
        return executor.execute(calls.verify(apiKey, apiSecret, request.fields()), VerifyResponse.class);
    }

    /** {@code POST /faceid/lite/raw/verify}. Billed, including some failures. */
    public RawVerifyResponse rawVerify(RawVerifyRequest request) {
        ensureOpen();
        return executor.execute(calls.rawVerify(apiKey, apiSecret, request.fields()), RawVerifyResponse.class);
    }

    /** {@code POST /faceid/v3/sdk/get_biz_token}, signed with a fresh sign for each call. */
    public BizTokenResponse getBizToken(BizTokenRequest request) {
        ensureOpen();
        return executor.execute(calls.getBizToken(signer.sign(), request.fields()), BizTokenResponse.class);
    }

    /**
     * {@code GET /faceid/lite/get_result}. The api_secret travels in the query string, as the API demands; the
     * SDK's log lines redact it. {@code idcard_info.idcard_uneditable_field} is filled from the misspelt
     * {@code idcard_uneditable_feild} when only that one is sent.
     */
    public GetResultResponse getResult(GetResultRequest request) {
        ensureOpen();
        return UneditableFieldSpelling.normalise(executor.execute(
                calls.getResult(apiKey, apiSecret, request.parameters()), GetResultResponse.class));
    }

    /**
     * Stops accepting calls. When the client created its own OkHttpClient, also closes its idle connections and
     * stops its threads; a client given to the builder is left alone. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsHttpClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "FaceIdClient[baseUrl=" + baseUrl + ", apiKey=" + apiKey + (closed.get() ? ", closed" : "") + "]";
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("FaceIdClient is closed");
        }
    }

    /**
     * Configures a {@link FaceIdClient}. Only the api key and secret are required; see the constants of
     * {@link FaceIdClient} and {@link RetryPolicy} for the defaults.
     */
    public static final class Builder {
        private String apiKey;
        private String apiSecret;
        private String baseUrl = BaseUrl.PRODUCTION;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration signValidity = BizTokenSigner.DEFAULT_VALIDITY;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator signRandom;
        private OkHttpClient baseHttpClient;
        private Collection<String> logRedactedFields = DEFAULT_LOG_REDACTED_FIELDS;

        private Builder() {
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder apiSecret(String apiSecret) {
            this.apiSecret = apiSecret;
            return this;
        }

        /** Where calls go; {@code https://api.megvii.com} unless set. Another host serving the API, or a proxy. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Allows a plain {@code http://} base URL to a host other than this machine. The API documentation warns
         * against HTTP: the api_secret would travel unencrypted. Loopback hosts (a local sandbox) never need this.
         */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "readTimeout");
            return this;
        }

        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout, "writeTimeout");
            return this;
        }

        /**
         * Limit on a whole call including retries and reading the answer, kept to within 50 ms;
         * {@link Duration#ZERO} for none. A call past it fails with a {@code FaceIdTransportException} caused by
         * an {@code InterruptedIOException}.
         */
        public Builder callTimeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "callTimeout").isNegative()) {
                throw new IllegalArgumentException("callTimeout must not be negative: " + timeout);
            }
            this.callTimeout = timeout;
            return this;
        }

        /** Which failures are retried; {@link RetryPolicy#defaults()} unless set. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** How long each get_biz_token sign stays valid; {@link BizTokenSigner#DEFAULT_VALIDITY} unless set. */
        public Builder signValidity(Duration validity) {
            this.signValidity = Objects.requireNonNull(validity, "signValidity");
            return this;
        }

        /** Clock for the sign's times; the system clock unless set (tests fix it). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Source of the sign's random field; a SecureRandom unless set. Must be thread-safe. */
        public Builder signRandom(RandomGenerator random) {
            this.signRandom = Objects.requireNonNull(random, "signRandom");
            return this;
        }

        /**
         * An OkHttpClient to derive the SDK's client from, sharing its connection pool, dispatcher, proxy, TLS
         * and DNS settings and running its interceptors first. The SDK still sets its own timeouts, turns
         * redirects off and adds its retry and logging interceptors; {@link FaceIdClient#close()} leaves the
         * given client's resources open.
         */
        public Builder okHttpClient(OkHttpClient base) {
            this.baseHttpClient = Objects.requireNonNull(base, "okHttpClient");
            return this;
        }

        /**
         * Fields and query parameters whose values the debug log shows as {@code ***}, besides api_secret and
         * sign, which are always redacted. {@link #DEFAULT_LOG_REDACTED_FIELDS} unless set; an empty set logs
         * names and ID numbers.
         */
        public Builder logRedactedFields(Collection<String> fieldNames) {
            this.logRedactedFields = Set.copyOf(fieldNames);
            return this;
        }

        /**
         * @throws IllegalArgumentException when the key or secret is missing, or the base URL is invalid or
         *                                  plain HTTP to a remote host without {@link #allowInsecureHttp()}
         */
        public FaceIdClient build() {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey is required");
            }
            if (apiSecret == null || apiSecret.isBlank()) {
                throw new IllegalArgumentException("apiSecret is required");
            }
            HttpUrl url = BaseUrl.parse(baseUrl, allowInsecureHttp);
            return new FaceIdClient(this, url, httpClient());
        }

        // Retry outermost, so that each attempt is logged; redirects off, so a secret never follows one.
        private OkHttpClient httpClient() {
            OkHttpClient.Builder http = baseHttpClient == null ? new OkHttpClient.Builder()
                    : baseHttpClient.newBuilder();
            return http.connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(writeTimeout)
                    .callTimeout(Duration.ZERO) // the SDK keeps the whole-call deadline itself (CallDeadlines)
                    .followRedirects(false)
                    .followSslRedirects(false)
                    .addInterceptor(new RetryInterceptor(retryPolicy))
                    .addInterceptor(new RedactingLoggingInterceptor(logRedactedFields, Set.of(apiSecret)))
                    .build();
        }
    }
}
