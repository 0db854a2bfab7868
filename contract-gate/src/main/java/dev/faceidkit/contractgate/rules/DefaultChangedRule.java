package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import dev.faceidkit.contractgate.compare.Changes;
import java.util.Objects;

/**
 * {@code default-changed}: breaking in a request (callers that omit the value now get another behaviour);
 * compatible in a response, where a default is documentation.
 */
public final class DefaultChangedRule implements SchemaRule {

    public static final String NAME = "default-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        if (!Objects.equals(pair.before().defaultValue, pair.after().defaultValue)) {
            out.add(NAME, pair.request(), pair.where(), "default " + show(pair.before().defaultValue) + " → "
                    + show(pair.after().defaultValue)
                    + (pair.request() ? " (requests that omit the value now behave differently)" : ""));
        }
    }
}
