package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.Iterator;

/**
 * {@code field-added}: a new required request field is breaking; a new optional request field or a new response
 * field is compatible. A oneOf alternative that now redeclares a field of its parent (to pin its values) may
 * reject request values accepted before: breaking in a request, unless it repeats only the parent's type and
 * format (D-53: alternatives redeclare what they require so that type generators can narrow them).
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
            if (pair.siblings().containsKey(name)
                    && impliedByParent(pair.after().properties.get(name), pair.siblings().get(name))) {
                out.compatible(NAME, where, "the alternative now redeclares this " + pair.noun()
                        + " by its parent's type only: no new constraint");
            } else if (pair.siblings().containsKey(name)) {
                out.add(NAME, request, where, "the alternative now constrains this " + pair.noun()
                        + (request ? ": values accepted before may be rejected" : ""));
            } else if (request && pair.after().required.contains(name)) {
                out.breaking(NAME, where, "new required " + pair.noun() + ": requests without it are rejected");
            } else {
                out.compatible(NAME, where, "new " + (request ? "optional " : "") + pair.noun());
            }
        });
    }

    /** A redeclaration that says only what the parent's property says (its type and format) constrains nothing. */
    private static boolean impliedByParent(JsonNode redeclared, JsonNode parent) {
        Iterator<String> keys = redeclared.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            boolean said = switch (key) {
                case "type", "format" -> redeclared.get(key).equals(parent.get(key));
                case "description" -> true;
                default -> false;
            };
            if (!said) {
                return false;
            }
        }
        return true;
    }
}
