package dev.faceidkit.sdk.errors;

/**
 * Root of every exception this SDK throws for a failed FaceID call. Unchecked, like the exceptions of most
 * HTTP SDKs: a caller handles the cases it cares about and lets the rest propagate.
 */
public abstract class FaceIdException extends RuntimeException {

    protected FaceIdException(String message, Throwable cause) {
        super(message, cause);
    }
}
