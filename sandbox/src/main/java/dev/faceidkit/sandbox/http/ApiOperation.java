package dev.faceidkit.sandbox.http;

import java.util.Arrays;
import java.util.Optional;

/** The four FaceID operations the sandbox serves, with the limits and error shape each one documents. */
public enum ApiOperation {
    VERIFY("verify", "/faceid/v2/verify", 2L * 1024 * 1024, "api_key"),
    RAW_VERIFY("rawVerify", "/faceid/lite/raw/verify", 2L * 1024 * 1024, "api_key"),
    GET_BIZ_TOKEN("getBizToken", "/faceid/v3/sdk/get_biz_token", 20L * 1024 * 1024, "sign"),
    GET_RESULT("getResult", "/faceid/lite/get_result", 0, "api_key");

    /** Paths under this prefix belong to the app-verification family, whose errors travel under {@code error}. */
    private static final String BIZ_TOKEN_FAMILY = "/faceid/v3/";

    private final String operationId;
    private final String path;
    private final long maxRequestBytes;
    private final String firstRequiredField;

    ApiOperation(String operationId, String path, long maxRequestBytes, String firstRequiredField) {
        this.operationId = operationId;
        this.path = path;
        this.maxRequestBytes = maxRequestBytes;
        this.firstRequiredField = firstRequiredField;
    }

    public String operationId() {
        return operationId;
    }

    public String path() {
        return path;
    }

    /** The whole-request limit behind the documented 413 (2 MB, or 20 MB for get_biz_token); 0 for get_result. */
    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** Whether the operation takes a form body (every one but the GET of get_result). */
    public boolean takesForm() {
        return maxRequestBytes > 0;
    }

    /** The field reported as missing when no form field can be read at all. */
    public String firstRequiredField() {
        return firstRequiredField;
    }

    /** Whether errors use the key {@code error} (get_biz_token) rather than {@code error_message}. */
    public boolean usesErrorKey() {
        return this == GET_BIZ_TOKEN;
    }

    public static Optional<ApiOperation> at(String requestPath) {
        return Arrays.stream(values()).filter(op -> op.path.equals(requestPath)).findFirst();
    }

    /**
     * The operation whose error shape an answer for {@code requestPath} takes: the operation itself, or for an
     * unknown path the family it lies in (the app-verification family for {@code /faceid/v3/...}).
     */
    public static ApiOperation shapingErrorsAt(String requestPath) {
        return at(requestPath).orElse(requestPath.startsWith(BIZ_TOKEN_FAMILY) ? GET_BIZ_TOKEN : VERIFY);
    }
}
