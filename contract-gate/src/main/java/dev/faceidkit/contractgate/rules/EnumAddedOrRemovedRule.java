package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.join;

import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code enum-added-or-removed}: a free value now restricted to an enum breaks requests; an enum dropped (or
 * opened into x-extensible-enum) breaks response readers generated with a closed enum.
 */
public final class EnumAddedOrRemovedRule implements SchemaRule {

    public static final String NAME = "enum-added-or-removed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        boolean request = pair.request();
        if (pair.before().enumValues == null && pair.after().enumValues != null) {
            out.add(NAME, request, pair.where(), "now restricted to the values " + join(pair.after().enumValues));
        } else if (pair.before().enumValues != null && pair.after().enumValues == null) {
            out.add(NAME, !request, pair.where(), "enum " + join(pair.before().enumValues) + " removed"
                    + (request ? " (any value accepted)" : pair.after().extensibleValues != null
                    ? ": opened into x-extensible-enum, clients generated with a closed enum meet unknown values"
                    : ": clients meet values they do not know"));
        }
    }
}
