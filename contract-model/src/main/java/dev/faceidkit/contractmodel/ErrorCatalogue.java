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

    /**
     * The row an error answer is: the one at {@code status} whose code begins {@code text} (the answered
     * {@code MISSING_ARGUMENTS: image_ref1}, {@code BAD_ARGUMENTS:uuid} or {@code Request Entity Too Large}), the
     * longest such code where several do. Empty for an answer the operation does not document.
     */
    public Optional<DocumentedError> answered(int status, String text) {
        if (text == null) {
            return Optional.empty();
        }
        DocumentedError best = null;
        for (DocumentedError error : errors) {
            if (error.status() == status && beginsWith(text, error)
                    && (best == null || error.code().length() > best.code().length())) {
                best = error;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The code, or the wording before its detail (a 413's text is its message, not its code). */
    private static boolean beginsWith(String text, DocumentedError error) {
        String code = error.code();
        if (text.startsWith(code)) {
            return text.length() == code.length() || !isCodeCharacter(text.charAt(code.length()));
        }
        int detail = error.message().indexOf('<');
        String fixed = (detail < 0 ? error.message() : error.message().substring(0, detail)).strip();
        return !fixed.isEmpty() && text.startsWith(fixed);
    }

    private static boolean isCodeCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
