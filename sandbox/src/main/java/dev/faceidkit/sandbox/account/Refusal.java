package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;

/**
 * Why a call is refused with {@code AUTHORIZATION_ERROR}, and how each operation words it: Verify has three
 * reasons, Raw-Verify and get_result only {@code Denied.}, get_biz_token its own upper-case list.
 */
public enum Refusal {
    DISCONTINUED("API_KEY_BE_DISCONTINUED", "Denied."),
    IP_NOT_ALLOWED("IP_NOT_ALLOWED", "Denied."),
    API_DENIED("DENIED", "Denied."),
    LIMIT_REACHED("LIMIT_REACHED", "Limit reached."),
    NO_DATA_SOURCE_PERMISSION("NO_DATA_SOURCE_PERMISSION", "No data source permission."),
    NO_REFERENCE_PERMISSION("NO_VERIFY_PERMISSION", "Denied."),
    MORE_RETRY_TIMES("MORE_RETRY_TIMES", "Denied."),
    EXPIRED_SIGN("EXPIRED_SIGN", "Denied."),
    INVALID_SIGN("INVALID_SIGN", "Denied.");

    private static final String DENIED = "Denied.";

    private final String bizTokenReason;
    private final String verifyReason;

    Refusal(String bizTokenReason, String verifyReason) {
        this.bizTokenReason = bizTokenReason;
        this.verifyReason = verifyReason;
    }

    public String reasonFor(ApiOperation op) {
        return switch (op) {
            case GET_BIZ_TOKEN -> bizTokenReason;
            case VERIFY -> verifyReason;
            case RAW_VERIFY, GET_RESULT -> DENIED;
        };
    }

    public FaceIdError error(ApiOperation op) {
        return FaceIdError.refused(reasonFor(op));
    }
}
