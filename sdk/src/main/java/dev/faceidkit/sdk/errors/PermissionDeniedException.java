package dev.faceidkit.sdk.errors;

/** HTTP 403 {@code AUTHORIZATION_ERROR} or {@code DATA_DESTROYED}, or any other 403 that is not a concurrency limit: the key may not do this (now). */
public final class PermissionDeniedException extends FaceIdApiException {

    PermissionDeniedException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
