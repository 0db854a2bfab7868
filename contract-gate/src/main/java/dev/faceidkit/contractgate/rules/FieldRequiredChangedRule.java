package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/**
 * {@code field-required-changed}: a request field made required (also inside a oneOf alternative) is breaking; a
 * response field no longer required may now be absent: breaking. The other directions are compatible.
 */
public final class FieldRequiredChangedRule implements PropertiesRule {

    public static final String NAME = "field-required-changed";

    @Override
    public void check(PropertiesPair pair, Changes out) {
        boolean request = pair.request();
        String noun = pair.noun();
        for (String name : pair.after().required) {
            // A new required field is field-added's; a required-only entry (alternatives) counts here.
            if (!pair.before().required.contains(name) && (pair.before().properties.containsKey(name)
                    || !pair.after().properties.containsKey(name))) {
                out.add(NAME, request, pair.where(name), request
                        ? noun + " became required: requests without it are rejected" : noun + " is now always present");
            }
        }
        for (String name : pair.before().required) {
            if (!pair.after().required.contains(name) && pair.after().properties.containsKey(name)) {
                out.add(NAME, !request, pair.where(name), request ? noun + " is no longer required"
                        : noun + " is no longer required: it may now be absent");
            }
        }
    }
}
