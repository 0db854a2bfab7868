package dev.faceidkit.sdk.errors;

/**
 * The server answered with a success status but a body that is not the expected JSON document. The call was
 * processed, and a verify call may have been billed, so repeating it is the caller's decision. The body is
 * not kept: it may hold personal data.
 */
public final class MalformedResponseException extends FaceIdException {

    private final int httpStatus;

    public MalformedResponseException(int httpStatus, String expectedType, Throwable cause) {
        super("HTTP " + httpStatus + " with a body that is not a " + expectedType
                + " JSON document; the call was processed and may have been billed", cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
