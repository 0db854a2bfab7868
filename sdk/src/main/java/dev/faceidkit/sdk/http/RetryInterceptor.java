package dev.faceidkit.sdk.http;

import dev.faceidkit.sdk.errors.FaceIdErrorBody;
import dev.faceidkit.sdk.errors.FaceIdErrorCode;
import dev.faceidkit.sdk.errors.FaceIdTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call only when repeating cannot make the server do (and bill) the work twice.
 *
 * <p>Retried:
 * <ul>
 *   <li>HTTP 403 whose error code is {@code CONCURRENCY_LIMIT_EXCEEDED}: the server turned the call away;</li>
 *   <li>an I/O failure before the request was sent: unknown host, connection refused, no route to host.</li>
 * </ul>
 * Not retried: any other error status, and any other I/O failure, in particular a read timeout, which may
 * come after the server received the request. FaceID charges some failed verify calls (for example
 * {@code NO_SUCH_ID_NUMBER}), and a 500 can follow work that was already done, so server errors are retried
 * only when {@link RetryPolicy#retryOnServerError()} is turned on.
 *
 * <p>A request whose body is one-shot, or is a multipart body with a one-shot part, is never retried, since it
 * cannot be sent again. Install as an application interceptor ({@code addInterceptor}): network interceptors
 * may not call {@code proceed} twice.
 */
public final class RetryInterceptor implements Interceptor {

    /** Waits between attempts; replaceable so that tests do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    // Error bodies are small; the limit only guards against a huge HTML page.
    private static final long ERROR_BODY_PEEK_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RedactingLoggingInterceptor.LOGGER_NAME);

    private final RetryPolicy policy;
    private final RandomGenerator jitter;
    private final Sleeper sleeper;

    public RetryInterceptor(RetryPolicy policy) {
        this(policy, new Random(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * @param jitter  source of {@link RandomGenerator#nextDouble()} for full jitter; must be thread-safe if the
     *                client is shared across threads
     * @param sleeper waits out each backoff
     */
    public RetryInterceptor(RetryPolicy policy, RandomGenerator jitter, Sleeper sleeper) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean replayable = isReplayable(request.body());
        for (int retry = 0; ; retry++) {
            boolean mayRetry = replayable && retry < policy.maxRetries();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (!mayRetry || !FaceIdTransportException.wasNeverSent(e)) {
                    throw e;
                }
                pause(request, retry, e.getClass().getSimpleName());
                continue;
            }
            String reason = mayRetry ? retryReason(response) : null;
            if (reason == null) {
                return response;
            }
            response.close();
            pause(request, retry, reason);
        }
    }

    // MultipartBody does not report its parts as one-shot, so they are checked one by one.
    private static boolean isReplayable(RequestBody body) {
        if (body == null) {
            return true;
        }
        if (body instanceof MultipartBody multipart) {
            for (MultipartBody.Part part : multipart.parts()) { // a loop: this runs on every call
                if (part.body().isOneShot()) {
                    return false;
                }
            }
            return true;
        }
        return !body.isOneShot();
    }

    /** Why the response should be retried, or null if it should be returned. */
    private String retryReason(Response response) throws IOException {
        int status = response.code();
        if (policy.retryOnServerError() && status >= 500 && status <= 599) {
            return "HTTP " + status;
        }
        if (status == 403 && errorCode(response) == FaceIdErrorCode.CONCURRENCY_LIMIT_EXCEEDED) {
            return "HTTP 403 " + FaceIdErrorCode.CONCURRENCY_LIMIT_EXCEEDED;
        }
        return null;
    }

    // Peeking leaves the body intact for the caller when the response is returned.
    private static FaceIdErrorCode errorCode(Response response) throws IOException {
        ResponseBody peeked = response.peekBody(ERROR_BODY_PEEK_BYTES);
        MediaType contentType = peeked.contentType();
        return FaceIdErrorBody.parse(contentType == null ? null : contentType.toString(), peeked.bytes()).code();
    }

    private void pause(Request request, int retry, String reason) throws InterruptedIOException {
        Duration cap = policy.backoffCap(retry);
        Duration delay = Duration.ofNanos((long) (cap.toNanos() * jitter.nextDouble()));
        LOG.debug("retry {}/{} of {} {} in {} ms after {}", retry + 1, policy.maxRetries(), request.method(),
                request.url().encodedPath(), delay.toMillis(), reason);
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
