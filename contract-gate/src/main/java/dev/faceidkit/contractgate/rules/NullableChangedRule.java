package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/** {@code nullable-changed}: a response field becoming nullable, or a request field no longer nullable, breaks. */
public final class NullableChangedRule implements SchemaRule {

    public static final String NAME = "nullable-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        boolean oldNullable = pair.before().nullable;
        boolean newNullable = pair.after().nullable;
        if (oldNullable == newNullable) {
            return;
        }
        boolean request = pair.request();
        boolean breaks = request ? !newNullable : newNullable;
        out.add(NAME, breaks, pair.where(), newNullable ? "now nullable" + (request ? "" : ": clients must accept null")
                : "no longer nullable" + (request ? ": null is rejected" : ""));
    }
}
