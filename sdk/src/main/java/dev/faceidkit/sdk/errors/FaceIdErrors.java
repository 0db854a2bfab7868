package dev.faceidkit.sdk.errors;

import java.util.function.UnaryOperator;

/** Turns an error response into the matching {@link FaceIdApiException} subclass. */
public final class FaceIdErrors {

    private FaceIdErrors() {
    }

    /**
     * The exception for an error response. Never throws on a malformed body: such a body gives code
     * {@link FaceIdErrorCode#UNKNOWN} with the raw text kept.
     *
     * @param contentType the response's Content-Type (for its charset); may be null
     * @param body        the response bytes; may be null
     */
    public static FaceIdApiException fromResponse(int httpStatus, String contentType, byte[] body) {
        return fromResponse(httpStatus, contentType, body, UnaryOperator.identity());
    }

    /**
     * As {@link #fromResponse(int, String, byte[])}, with {@code redact} applied to the body before it is read
     * (see {@link FaceIdErrorBody#parse(String, byte[], UnaryOperator)}).
     */
    public static FaceIdApiException fromResponse(int httpStatus, String contentType, byte[] body,
                                                  UnaryOperator<String> redact) {
        FaceIdErrorBody parsed = FaceIdErrorBody.parse(contentType, body, redact);
        return switch (httpStatus) {
            case 400 -> new BadRequestException(httpStatus, parsed);
            case 403 -> forbidden(parsed);
            case 404 -> new NotFoundException(httpStatus, parsed);
            case 413 -> new RequestTooLargeException(httpStatus, parsed);
            default -> httpStatus >= 500 && httpStatus <= 599
                    ? new InternalServerException(httpStatus, parsed)
                    : new UnexpectedStatusException(httpStatus, parsed);
        };
    }

    // FaceID uses 403 for three different failures; the code tells them apart. A 403 with any other code
    // (say, an HTML page from a proxy) is still a refusal, so it is reported as permission denied.
    private static FaceIdApiException forbidden(FaceIdErrorBody body) {
        return switch (body.code()) {
            case AUTHENTICATION_ERROR -> new AuthenticationException(403, body);
            case CONCURRENCY_LIMIT_EXCEEDED -> new ConcurrencyLimitException(403, body);
            default -> new PermissionDeniedException(403, body);
        };
    }
}
