package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.join;
import static dev.faceidkit.contractgate.compare.Json.minus;

import dev.faceidkit.contractgate.compare.Changes;
import java.util.List;

/** {@code enum-value-removed}: breaking in a request (the value is rejected), compatible in a response. */
public final class EnumValueRemovedRule implements SchemaRule {

    public static final String NAME = "enum-value-removed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        if (pair.before().enumValues == null || pair.after().enumValues == null) {
            return;
        }
        List<String> removed = minus(pair.before().enumValues, pair.after().enumValues);
        if (!removed.isEmpty()) {
            out.add(NAME, pair.request(), pair.where(), "enum narrowed: " + join(removed)
                    + (pair.request() ? " no longer accepted" : " no longer returned"));
        }
    }
}
