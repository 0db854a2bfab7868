package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/** {@code response-header-removed} / added: a removed response header breaks readers; a new one is compatible. */
public final class ResponseHeaderRule {

    public static final String NAME = "response-header-removed";

    public void removed(String where, Changes out) {
        out.breaking(NAME, where, "response header removed");
    }

    public void added(String where, Changes out) {
        out.compatible(NAME, where, "new response header");
    }
}
