package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.join;
import static dev.faceidkit.contractgate.compare.Json.minus;

import dev.faceidkit.contractgate.compare.Changes;
import java.util.List;

/**
 * {@code extensible-enum-changed}: values of an open enumeration (x-extensible-enum). Added values are compatible
 * everywhere (clients must already accept unknown values); a removed value breaks requests that send it and is
 * compatible in a response. openapi-diff ignores this extension.
 */
public final class ExtensibleEnumRule implements SchemaRule {

    public static final String NAME = "extensible-enum-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        boolean request = pair.request();
        List<String> before = pair.before().extensibleValues == null ? List.of() : pair.before().extensibleValues;
        List<String> after = pair.after().extensibleValues == null ? List.of() : pair.after().extensibleValues;
        List<String> removed = minus(before, after);
        List<String> added = minus(after, before);
        if (!removed.isEmpty()) {
            out.add(NAME, request, pair.where(), "x-extensible-enum no longer lists " + join(removed)
                    + (request ? "" : " (an open enumeration: clients already accept any value)"));
        }
        if (!added.isEmpty()) {
            out.compatible(NAME, pair.where(), "x-extensible-enum gained " + join(added)
                    + (request ? "" : " (an open enumeration: clients must already accept unknown values)"));
        }
    }
}
