package dev.faceidkit.sandbox.http;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the contract the sandbox enforces says about each operation's place and framing: its path, its
 * whole-request limit, its error key and the field reported missing when no form can be read. Read once from the
 * injected {@link Contract}, so a contract copy given through {@code faceid.sandbox.contract} reaches every filter.
 */
@Component
public class ServedOperations {

    private final Map<ApiOperation, Facts> facts = new EnumMap<>(ApiOperation.class);

    public ServedOperations(Contract contract) {
        for (ApiOperation op : ApiOperation.values()) {
            facts.put(op, new Facts(contract.operation(op.operationId())));
        }
    }

    public String path(ApiOperation op) {
        return facts.get(op).path;
    }

    public List<String> paths() {
        return Arrays.stream(ApiOperation.values()).map(this::path).toList();
    }

    /** The whole-request limit behind the documented 413; 0 for an operation without a body. */
    public long maxRequestBytes(ApiOperation op) {
        return facts.get(op).maxRequestBytes;
    }

    /** The largest limit of any operation, which the sandbox's own forms (fixture images) may use. */
    public long largestRequestBytes() {
        return facts.values().stream().mapToLong(f -> f.maxRequestBytes).max().orElse(0);
    }

    /** Whether the operation takes a form body (every one but the GET of get_result). */
    public boolean takesForm(ApiOperation op) {
        return facts.get(op).takesForm;
    }

    /** The field reported as missing when no form field can be read at all. */
    public String firstRequiredField(ApiOperation op) {
        return facts.get(op).firstRequiredField;
    }

    /** Whether errors use the key {@code error} (get_biz_token) rather than {@code error_message}. */
    public boolean usesErrorKey(ApiOperation op) {
        return "error".equals(facts.get(op).errorKey);
    }

    public Optional<ApiOperation> at(String requestPath) {
        return Arrays.stream(ApiOperation.values()).filter(op -> path(op).equals(requestPath)).findFirst();
    }

    /**
     * The operation whose error shape an answer for {@code requestPath} takes: the operation itself, or for an
     * unknown path the family it lies in (the app-verification family, get_biz_token's path prefix).
     */
    public ApiOperation shapingErrorsAt(String requestPath) {
        return at(requestPath).orElse(requestPath.startsWith(family(path(ApiOperation.GET_BIZ_TOKEN)))
                ? ApiOperation.GET_BIZ_TOKEN : ApiOperation.VERIFY);
    }

    /** {@code /faceid/v3/sdk/get_biz_token} lies in the family {@code /faceid/v3/}. */
    private static String family(String path) {
        int second = path.indexOf('/', path.indexOf('/', 1) + 1);
        return path.substring(0, second + 1);
    }

    private static final class Facts {
        final String path;
        final long maxRequestBytes;
        final String firstRequiredField;
        final String errorKey;
        final boolean takesForm;

        Facts(Operation operation) {
            this.path = operation.path();
            this.maxRequestBytes = operation.maxRequestBytes().orElse(0);
            this.firstRequiredField = operation.fields().stream().filter(Field::alwaysRequired).findFirst()
                    .map(Field::name).orElseThrow(() -> new IllegalStateException(
                            operation.id() + " requires no field"));
            this.errorKey = operation.errorKey();
            this.takesForm = operation.takesForm();
        }
    }
}
