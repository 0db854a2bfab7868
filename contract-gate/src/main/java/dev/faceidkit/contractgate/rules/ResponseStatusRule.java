package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code status-changed}: a response status removed is breaking (clients dispatch on the status); a new status
 * is compatible (clients handle unknown statuses generically). Error codes moved with it are reported by
 * {@link ErrorCodeStatusRule}.
 */
public final class ResponseStatusRule {

    public static final String NAME = "status-changed";

    public void removed(String where, Changes out) {
        out.breaking(NAME, where, "response status removed (its error codes, if any, are listed below)");
    }

    public void added(String where, Changes out) {
        out.compatible(NAME, where, "new response status");
    }
}
