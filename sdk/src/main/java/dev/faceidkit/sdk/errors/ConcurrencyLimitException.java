package dev.faceidkit.sdk.errors;

/** HTTP 403 {@code CONCURRENCY_LIMIT_EXCEEDED}: too many calls in flight; safe to retry after a pause. */
public final class ConcurrencyLimitException extends FaceIdApiException {

    ConcurrencyLimitException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
