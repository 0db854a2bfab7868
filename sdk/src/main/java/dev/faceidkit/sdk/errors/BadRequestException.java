package dev.faceidkit.sdk.errors;

/** HTTP 400: the request was refused, for example a missing or bad argument, or no face in an image. */
public final class BadRequestException extends FaceIdApiException {

    BadRequestException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
