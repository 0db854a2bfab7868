package dev.faceidkit.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void defaultsAreTwoRetriesFromHalfASecondUpToEightSecondsWithoutServerErrors() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxRetries()).isEqualTo(2);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.retryOnServerError()).isFalse();
        assertThat(policy).hasToString(
                "RetryPolicy[maxRetries=2, initialBackoff=PT0.5S, maxBackoff=PT8S, retryOnServerError=false]");
    }

    @Test
    void backoffCapDoublesUntilTheMaximum() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(IntStream.range(0, 7).mapToObj(policy::backoffCap).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
        assertThat(policy.backoffCap(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void backoffCapStopsAtAMaximumThatIsNotAPowerOfTwoMultiple() {
        RetryPolicy policy = RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(300)).maxBackoff(Duration.ofMillis(1000)).build();

        assertThat(IntStream.range(0, 4).mapToObj(policy::backoffCap).map(Duration::toMillis))
                .containsExactly(300L, 600L, 1000L, 1000L);
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetries must not be negative, was -1");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff must be positive, was PT0S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBackoff must be positive, was PT-1S");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2))
                .maxBackoff(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBackoff (PT1S) must not be shorter than initialBackoff (PT2S)");
    }

    @Test
    void zeroRetriesIsAllowed() {
        assertThat(RetryPolicy.builder().maxRetries(0).build().maxRetries()).isZero();
    }
}
