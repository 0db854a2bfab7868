package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code field-added}: a new required request field is breaking; a new optional request field or a new response
 * field is compatible. A oneOf alternative that now redeclares a field of its parent (to pin its values) may
 * reject request values accepted before: breaking in a request.
 */
public final class FieldAddedRule implements PropertiesRule {

    public static final String NAME = "field-added";

    @Override
    public void check(PropertiesPair pair, Changes out) {
        boolean request = pair.request();
        pair.after().properties.keySet().forEach(name -> {
            if (pair.before().properties.containsKey(name)) {
                return;
            }
            String where = pair.where(name);
            if (pair.siblings().contains(name)) {
                out.add(NAME, request, where, "the alternative now constrains this " + pair.noun()
                        + (request ? ": values accepted before may be rejected" : ""));
            } else if (request && pair.after().required.contains(name)) {
                out.breaking(NAME, where, "new required " + pair.noun() + ": requests without it are rejected");
            } else {
                out.compatible(NAME, where, "new " + (request ? "optional " : "") + pair.noun());
            }
        });
    }
}
