package dev.faceidkit.contractmodel;

/** The bundle cannot be read as this model expects: a dangling reference, an operation or a field missing. */
public final class ContractException extends RuntimeException {

    public ContractException(String message) {
        super(message);
    }
}
