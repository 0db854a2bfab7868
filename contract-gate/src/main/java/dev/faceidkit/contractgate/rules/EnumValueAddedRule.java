package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.join;
import static dev.faceidkit.contractgate.compare.Json.minus;

import dev.faceidkit.contractgate.compare.Changes;
import java.util.List;

/**
 * {@code enum-value-added}: compatible in a request; breaking in a response, where clients generated with a
 * closed enum do not know the value (an open set belongs in x-extensible-enum).
 */
public final class EnumValueAddedRule implements SchemaRule {

    public static final String NAME = "enum-value-added";

    @Override
    public void check(SchemaPair pair, Changes out) {
        if (pair.before().enumValues == null || pair.after().enumValues == null) {
            return;
        }
        List<String> added = minus(pair.after().enumValues, pair.before().enumValues);
        if (!added.isEmpty()) {
            out.add(NAME, !pair.request(), pair.where(), "enum gained " + join(added) + (pair.request() ? ""
                    : ": a closed enum in a response, clients do not know the new values (an open set belongs in"
                    + " x-extensible-enum)"));
        }
    }
}
