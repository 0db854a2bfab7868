package dev.faceidkit.sdk.errors;

/** HTTP 413: the request exceeded the size limit; the body is plain text, not JSON. */
public final class RequestTooLargeException extends FaceIdApiException {

    RequestTooLargeException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
