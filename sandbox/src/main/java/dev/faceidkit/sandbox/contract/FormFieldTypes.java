package dev.faceidkit.sandbox.contract;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which fields of each operation's multipart form are files ({@code format: binary}) and which are text, as the
 * contract the sandbox enforces says. A part is read as its field's type whether or not it carries a filename
 * (DECISIONS.md, D-52): the vendor's own call examples send {@code image} without one.
 */
@Component
public class FormFieldTypes {

    private final Contract contract;

    public FormFieldTypes(Contract contract) {
        this.contract = contract;
    }

    public boolean isFile(ApiOperation op, String field) {
        return field(op, field).map(Field::isFile).orElse(false);
    }

    public boolean isText(ApiOperation op, String field) {
        return field(op, field).map(f -> !f.isFile()).orElse(false);
    }

    private Optional<Field> field(ApiOperation op, String name) {
        Operation operation = contract.operation(op.operationId());
        return operation.takesForm() ? operation.findField(name) : Optional.empty();
    }
}
