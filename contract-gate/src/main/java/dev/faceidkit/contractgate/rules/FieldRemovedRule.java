package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code field-removed}: a property removed from a request (form field, JSON field) or a response: breaking on
 * both sides. openapi-diff has no rule for this at all. A oneOf alternative that stops redeclaring a field its
 * parent still declares removes nothing.
 */
public final class FieldRemovedRule implements PropertiesRule {

    public static final String NAME = "field-removed";

    @Override
    public void check(PropertiesPair pair, Changes out) {
        pair.before().properties.keySet().forEach(name -> {
            if (!pair.after().properties.containsKey(name) && !pair.siblings().containsKey(name)) {
                out.breaking(NAME, pair.where(name), pair.noun() + " removed" + (pair.request()
                        ? " (clients that send it are no longer described; generated clients lose it)"
                        : " (clients reading it get nothing)"));
            }
        });
    }
}
