package dev.faceidkit.sandbox.http;

/**
 * The four FaceID operations the sandbox serves, by the contract's operationId. Only their identity lives here:
 * their paths, size limits, error key and required fields are read from the injected contract by
 * {@link ServedOperations}.
 */
public enum ApiOperation {
    VERIFY("verify"),
    RAW_VERIFY("rawVerify"),
    GET_BIZ_TOKEN("getBizToken"),
    GET_RESULT("getResult");

    private final String operationId;

    ApiOperation(String operationId) {
        this.operationId = operationId;
    }

    public String operationId() {
        return operationId;
    }
}
