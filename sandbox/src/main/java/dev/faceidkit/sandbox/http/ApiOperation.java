package dev.faceidkit.sandbox.http;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import java.util.Arrays;
import java.util.Optional;

/**
 * The four FaceID operations the sandbox serves, by operationId. Their paths, request-size limits, error key and
 * first required field are the built-in contract's ({@link Contract#bundled()}); none is written here.
 */
public enum ApiOperation {
    VERIFY("verify"),
    RAW_VERIFY("rawVerify"),
    GET_BIZ_TOKEN("getBizToken"),
    GET_RESULT("getResult");

    private final String operationId;
    private final String path;
    private final long maxRequestBytes;
    private final String firstRequiredField;
    private final String errorKey;

    ApiOperation(String operationId) {
        Operation operation = Contract.bundled().operation(operationId);
        this.operationId = operationId;
        this.path = operation.path();
        this.maxRequestBytes = operation.maxRequestBytes().orElse(0);
        this.firstRequiredField = operation.fields().stream().filter(Field::alwaysRequired).findFirst()
                .map(Field::name).orElseThrow(() -> new IllegalStateException(operationId + " requires no field"));
        this.errorKey = operation.errorKey();
    }

    public String operationId() {
        return operationId;
    }

    public String path() {
        return path;
    }

    /** The whole-request limit behind the documented 413; 0 for an operation without a body. */
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
        return "error".equals(errorKey);
    }

    public static Optional<ApiOperation> at(String requestPath) {
        return Arrays.stream(values()).filter(op -> op.path.equals(requestPath)).findFirst();
    }

    /**
     * The operation whose error shape an answer for {@code requestPath} takes: the operation itself, or for an
     * unknown path the family it lies in (the app-verification family, get_biz_token's path prefix).
     */
    public static ApiOperation shapingErrorsAt(String requestPath) {
        return at(requestPath).orElse(requestPath.startsWith(family(GET_BIZ_TOKEN.path)) ? GET_BIZ_TOKEN : VERIFY);
    }

    /** {@code /faceid/v3/sdk/get_biz_token} lies in the family {@code /faceid/v3/}. */
    private static String family(String path) {
        int second = path.indexOf('/', path.indexOf('/', 1) + 1);
        return path.substring(0, second + 1);
    }
}
