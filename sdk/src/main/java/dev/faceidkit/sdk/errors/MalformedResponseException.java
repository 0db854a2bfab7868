package dev.faceidkit.sdk.errors;

/**
 * The server answered with a success status but a body that is not the expected JSON document. The call was
 * processed, and a verify call may have been billed, so repeating it is the caller's decision. The body is
 * not kept: it may hold personal data.
 */
public final class MalformedResponseException extends FaceIdException {

    private final int httpStatus;

    /**
     * @param problem what was wrong, without any of the body's text (such as {@code JsonParseException at line 1,
     *                column 7}); the parser's own exception is not kept, because its message quotes the body
     */
    public MalformedResponseException(int httpStatus, String expectedType, String problem) {
        super("HTTP " + httpStatus + " with a body that is not a " + expectedType + " JSON document (" + problem
                + "); the call was processed and may have been billed", null);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
