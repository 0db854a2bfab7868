package dev.faceidkit.contractmodel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every error one operation documents, in document order (by status, then as listed). */
public final class ErrorCatalogue {

    private final String operationId;
    private final List<DocumentedError> errors;

    ErrorCatalogue(String operationId, List<DocumentedError> errors) {
        this.operationId = operationId;
        this.errors = List.copyOf(errors);
    }

    public List<DocumentedError> all() {
        return errors;
    }

    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        errors.forEach(e -> codes.add(e.code()));
        return codes;
    }

    /** The first row with this code (a code documented at two statuses has two rows). */
    public Optional<DocumentedError> find(String code) {
        return errors.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The row with this code; a {@link ContractException} when the operation does not document it. */
    public DocumentedError get(String code) {
        return find(code).orElseThrow(() -> new ContractException(operationId + " does not document " + code));
    }

    public boolean documents(String code) {
        return find(code).isPresent();
    }
}
