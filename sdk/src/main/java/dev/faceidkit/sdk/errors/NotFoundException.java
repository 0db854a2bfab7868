package dev.faceidkit.sdk.errors;

/** HTTP 404, normally {@code API_NOT_FOUND}: wrong path or host. */
public final class NotFoundException extends FaceIdApiException {

    NotFoundException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
