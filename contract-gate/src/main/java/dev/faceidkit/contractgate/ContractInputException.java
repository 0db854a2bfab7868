package dev.faceidkit.contractgate;

import java.io.IOException;

/** A contract file that is missing, unreadable, or not an OpenAPI document: the caller's input, not a finding. */
public class ContractInputException extends IOException {

    public ContractInputException(String message) {
        super(message);
    }

    public ContractInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
