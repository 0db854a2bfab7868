package dev.faceidkit.sdk.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

import java.util.regex.Pattern;

/**
 * The server answered with an error status. One subclass per HTTP failure class; {@link FaceIdErrors} picks it.
 *
 * <p>The message is built only from the parsed code, detail, request id and billing flag, never from the raw
 * body, which may echo request data. A detail is shown only when it has one of the documented shapes (a
 * parameter name, an UPPER_SNAKE reason or a short plain sentence); anything else, such as a value that could
 * be a secret or a sign, is replaced by {@code <detail withheld>} and stays available through {@link #detail()}.
 */
public abstract sealed class FaceIdApiException extends FaceIdException
        permits BadRequestException, AuthenticationException, PermissionDeniedException, ConcurrencyLimitException,
        NotFoundException, RequestTooLargeException, InternalServerException, UnexpectedStatusException {

    private static final Pattern DISPLAYABLE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern DISPLAYABLE_DETAIL = Pattern.compile(
            "[a-z][a-z0-9_\\[\\]]{0,63}"            // parameter name: image_ref1, sign_version
                    + "|[A-Z][A-Z0-9_]{0,63}"         // reason: EXPIRED_SIGN
                    + "|[A-Z][a-z]*(?: [a-z]+){0,7}\\.?"); // sentence: Denied., No data source permission.

    private final int httpStatus;
    private final FaceIdErrorBody body;

    FaceIdApiException(int httpStatus, FaceIdErrorBody body) {
        super(describe(httpStatus, body), null);
        this.httpStatus = httpStatus;
        this.body = body;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public FaceIdErrorCode code() {
        return body.code();
    }

    /** The code text as sent; differs from {@link #code()} when the code is {@link FaceIdErrorCode#UNKNOWN}. */
    public String rawCode() {
        return body.rawCode();
    }

    /** The text after the colon in the code, such as {@code image_ref1} or {@code Denied.}; may be null. */
    public String detail() {
        return body.detail();
    }

    public String requestId() {
        return body.requestId();
    }

    /** Server time in milliseconds; null when the body has none. */
    public Integer timeUsed() {
        return body.timeUsed();
    }

    /** Echo of the caller's biz_no (raw verify); null when absent. */
    public String bizNo() {
        return body.bizNo();
    }

    /** Whether this failed call is still charged, per the documentation's billing column. */
    public boolean billed() {
        return body.billed();
    }

    /** The error body as JSON, every field included; empty when it is not a JSON object. */
    public Optional<JsonNode> rawJson() {
        return body.json();
    }

    /** The error body's fields besides code, request_id, time_used and biz_no (see {@link FaceIdErrorBody}). */
    public Map<String, JsonNode> additionalProperties() {
        return body.additionalProperties();
    }

    /** The response body, truncated. Kept out of the message because it may echo request data. */
    public String rawBody() {
        return body.rawText();
    }

    private static String describe(int httpStatus, FaceIdErrorBody body) {
        StringBuilder message = new StringBuilder("HTTP ").append(httpStatus).append(' ');
        String rawCode = body.rawCode();
        message.append(rawCode != null && DISPLAYABLE_CODE.matcher(rawCode).matches() ? rawCode : body.code().name());
        String detail = body.detail();
        if (detail != null) {
            message.append(": ").append(DISPLAYABLE_DETAIL.matcher(detail).matches() ? detail : "<detail withheld>");
        }
        message.append(" (");
        if (body.requestId() != null) {
            message.append("request_id=").append(FaceIdErrorBody.truncate(body.requestId(), 128)).append(", ");
        }
        return message.append("billed=").append(body.billed()).append(')').toString();
    }
}
