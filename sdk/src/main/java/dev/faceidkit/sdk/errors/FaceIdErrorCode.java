package dev.faceidkit.sdk.errors;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every error code the FaceID documentation lists, plus {@link #UNKNOWN} for anything else. */
public enum FaceIdErrorCode {
    MISSING_ARGUMENTS,
    BAD_ARGUMENTS,
    IMAGE_ERROR_UNSUPPORTED_FORMAT,
    NO_FACE_FOUND,
    NO_SUCH_ID_NUMBER,
    ID_NUMBER_NAME_NOT_MATCH,
    INVALID_IMAGE_SIZE,
    MULTIPLE_FACES,
    LOW_QUALITY,
    INVALID_FACE_TOKEN,
    INVALID_NAME_FORMAT,
    INVALID_IDCARD_NUMBER,
    DATA_VALIDATION_ERROR,
    DATA_SOURCE_ERROR,
    DELTA_USED,
    MEGLIVE_BIZ_NO_USED,
    INVALID_TOKEN,
    RESULT_NOT_FOUND,
    VIDEO_FACE_OCCLUDE,
    MESSAGE_ENCRYPTION_ERROR,
    DATA_DESTROYED,
    AUTHENTICATION_ERROR,
    AUTHORIZATION_ERROR,
    CONCURRENCY_LIMIT_EXCEEDED,
    API_NOT_FOUND,
    INTERNAL_ERROR,
    /** The plain-text (not JSON) body "Request Entity Too Large" that comes with HTTP 413. */
    REQUEST_ENTITY_TOO_LARGE,
    /** A code this SDK does not know, or a body without one; the exception keeps the raw text. */
    UNKNOWN;

    /** The detail value that makes a data-source lookup billable even though the call failed. */
    private static final String DATA_SOURCE_DETAIL = "data_source";

    private static final Map<String, FaceIdErrorCode> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    /** The code for a wire code such as {@code NO_FACE_FOUND}; {@link #UNKNOWN} when not documented. */
    public static FaceIdErrorCode fromWire(String code) {
        return code == null ? UNKNOWN : BY_NAME.getOrDefault(code.trim(), UNKNOWN);
    }

    /**
     * Whether the failed call is charged, per the documentation's billing column: a data-source lookup that
     * happened is billed (no such id number, name mismatch), and so is an unusable or faceless data-source
     * photo; every other error is free.
     *
     * @param detail the text after the colon, such as {@code data_source} or {@code image_ref1}; may be null
     */
    public boolean isBilled(String detail) {
        return switch (this) {
            case NO_SUCH_ID_NUMBER, ID_NUMBER_NAME_NOT_MATCH -> true;
            case IMAGE_ERROR_UNSUPPORTED_FORMAT, NO_FACE_FOUND -> DATA_SOURCE_DETAIL.equals(detail);
            default -> false;
        };
    }
}
