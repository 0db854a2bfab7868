package dev.faceidkit.sdk.errors;

/** HTTP 403 {@code AUTHENTICATION_ERROR}: the api_key and api_secret (or the sign) do not match. */
public final class AuthenticationException extends FaceIdApiException {

    AuthenticationException(int httpStatus, FaceIdErrorBody body) {
        super(httpStatus, body);
    }
}
