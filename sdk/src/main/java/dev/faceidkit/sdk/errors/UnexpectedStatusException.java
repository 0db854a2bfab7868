package dev.faceidkit.sdk.errors;

/** Any other error status, which the documentation does not describe. */
public final class UnexpectedStatusException extends FaceIdApiException {

    UnexpectedStatusException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
