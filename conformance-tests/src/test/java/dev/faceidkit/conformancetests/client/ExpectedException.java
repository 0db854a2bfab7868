package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.errors.AuthenticationException;
import dev.faceidkit.sdk.errors.BadRequestException;
import dev.faceidkit.sdk.errors.ConcurrencyLimitException;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.sdk.errors.InternalServerException;
import dev.faceidkit.sdk.errors.NotFoundException;
import dev.faceidkit.sdk.errors.PermissionDeniedException;
import dev.faceidkit.sdk.errors.RequestTooLargeException;
import dev.faceidkit.sdk.errors.UnexpectedStatusException;

/**
 * Which SDK exception an error response must become, from the contract's meaning of status and code: 400 a
 * bad request; 403 an authentication failure, a concurrency limit, or otherwise a refusal (authorisation,
 * destroyed data); 404, 413 and 5xx their own classes.
 */
final class ExpectedException {

    private ExpectedException() {
    }

    static Class<? extends FaceIdApiException> of(int status, String code) {
        return switch (status) {
            case 400 -> BadRequestException.class;
            case 403 -> switch (code) {
                case "AUTHENTICATION_ERROR" -> AuthenticationException.class;
                case "CONCURRENCY_LIMIT_EXCEEDED" -> ConcurrencyLimitException.class;
                default -> PermissionDeniedException.class;
            };
            case 404 -> NotFoundException.class;
            case 413 -> RequestTooLargeException.class;
            default -> status >= 500 ? InternalServerException.class : UnexpectedStatusException.class;
        };
    }
}
