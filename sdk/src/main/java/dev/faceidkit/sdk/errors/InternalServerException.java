package dev.faceidkit.sdk.errors;

/** HTTP 5xx, normally {@code INTERNAL_ERROR}. */
public final class InternalServerException extends FaceIdApiException {

    InternalServerException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
