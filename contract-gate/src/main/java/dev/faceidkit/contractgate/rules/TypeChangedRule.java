package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code type-changed}: a different type is breaking on both sides. A type newly declared restricts what a
 * request may send (breaking there); a type dropped lets anything arrive in a response (breaking there).
 */
public final class TypeChangedRule implements SchemaRule {

    public static final String NAME = "type-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        String oldType = pair.before().type;
        String newType = pair.after().type;
        if (oldType != null && newType != null && !oldType.equals(newType)) {
            out.breaking(NAME, pair.where(), "type " + oldType + " → " + newType);
        } else if (oldType == null && newType != null) {
            out.add(NAME, pair.request(), pair.where(), "type now restricted to " + newType);
        } else if (oldType != null && newType == null) {
            out.add(NAME, !pair.request(), pair.where(), "type " + oldType + " no longer declared (any type)");
        }
    }
}
