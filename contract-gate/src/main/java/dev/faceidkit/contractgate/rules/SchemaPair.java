package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.SchemaView;
import dev.faceidkit.contractgate.compare.Side;

/** The same schema (a field, a parameter, a body) in both versions, seen from one side of the wire. */
public record SchemaPair(Side side, String where, SchemaView before, SchemaView after) {

    public boolean request() {
        return side.isRequest();
    }
}
