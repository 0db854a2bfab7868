package dev.faceidkit.sandbox.contract;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.ContractException;
import dev.faceidkit.contractmodel.DocumentedError;
import dev.faceidkit.sandbox.http.ApiOperation;
import org.springframework.stereotype.Component;

/**
 * Every error code each operation documents, from the contract's {@code x-faceid-errors}: its HTTP status and its
 * wording, which differs per operation ({@code BAD_ARGUMENTS:<key>} for Verify, {@code BAD_ARGUMENTS: <key>} for
 * get_biz_token). A code an operation does not document cannot be answered at all.
 */
@Component
public class OperationErrors {

    private final Contract contract;

    public OperationErrors(Contract contract) {
        this.contract = contract;
    }

    public boolean documents(ApiOperation op, String code) {
        return contract.operation(op.operationId()).errors().documents(code);
    }

    /** The documented error, or an {@link IllegalStateException}: answering an undocumented code is a sandbox bug. */
    public DocumentedError lookup(ApiOperation op, String code) {
        try {
            return contract.operation(op.operationId()).errors().get(code);
        } catch (ContractException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public String message(ApiOperation op, String code, String detail) {
        return lookup(op, code).format(detail);
    }
}
