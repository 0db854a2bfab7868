package dev.faceidkit.sdk.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long {@link RetryInterceptor} waits before trying again: exponential backoff (factor
 * {@value #MULTIPLIER}) capped at a maximum, with full jitter (a uniform wait between zero and the cap).
 *
 * <p>Defaults: {@value #DEFAULT_MAX_RETRIES} retries, 500 ms initial backoff, 8 s maximum backoff, no retry on
 * server errors. Immutable.
 */
public final class RetryPolicy {

    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);
    public static final int MULTIPLIER = 2;

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final boolean retryOnServerError;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.retryOnServerError = builder.retryOnServerError;
    }

    public static RetryPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Retries after the first attempt; 0 turns retrying off. */
    public int maxRetries() {
        return maxRetries;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Whether a 5xx response is retried; off by default because the failed call may have been billed. */
    public boolean retryOnServerError() {
        return retryOnServerError;
    }

    /** The longest wait before retry number {@code retry} (0 for the first): initial x 2^retry, capped. */
    public Duration backoffCap(int retry) {
        Duration cap = initialBackoff;
        for (int i = 0; i < retry && cap.compareTo(maxBackoff) < 0; i++) {
            cap = cap.multipliedBy(MULTIPLIER);
        }
        return cap.compareTo(maxBackoff) < 0 ? cap : maxBackoff;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", retryOnServerError=" + retryOnServerError + "]";
    }

    /** Builds a {@link RetryPolicy}; every setting has a default. */
    public static final class Builder {
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private boolean retryOnServerError;

        private Builder() {
        }

        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = requirePositive(initialBackoff, "initialBackoff");
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = requirePositive(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Also retry 5xx responses. Only turn this on if paying twice for a verify call is acceptable: a 500
         * can come after the server did (and charged for) the work.
         */
        public Builder retryOnServerError(boolean retryOnServerError) {
            this.retryOnServerError = retryOnServerError;
            return this;
        }

        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff (" + maxBackoff
                        + ") must not be shorter than initialBackoff (" + initialBackoff + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration requirePositive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
