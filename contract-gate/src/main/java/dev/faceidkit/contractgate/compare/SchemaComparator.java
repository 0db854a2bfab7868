package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.rules.AdditionalPropertiesRule;
import dev.faceidkit.contractgate.rules.AlternativesChangedRule;
import dev.faceidkit.contractgate.rules.DefaultChangedRule;
import dev.faceidkit.contractgate.rules.EnumAddedOrRemovedRule;
import dev.faceidkit.contractgate.rules.EnumValueAddedRule;
import dev.faceidkit.contractgate.rules.EnumValueRemovedRule;
import dev.faceidkit.contractgate.rules.ExtensibleEnumRule;
import dev.faceidkit.contractgate.rules.FieldAddedRule;
import dev.faceidkit.contractgate.rules.FieldRemovedRule;
import dev.faceidkit.contractgate.rules.FieldRequiredChangedRule;
import dev.faceidkit.contractgate.rules.FormatChangedRule;
import dev.faceidkit.contractgate.rules.IntegerRangeChangedRule;
import dev.faceidkit.contractgate.rules.LimitFlagChangedRule;
import dev.faceidkit.contractgate.rules.MaxBytesChangedRule;
import dev.faceidkit.contractgate.rules.MaxCountChangedRule;
import dev.faceidkit.contractgate.rules.MaxLengthChangedRule;
import dev.faceidkit.contractgate.rules.MaxPixelsChangedRule;
import dev.faceidkit.contractgate.rules.MaximumChangedRule;
import dev.faceidkit.contractgate.rules.MinCountChangedRule;
import dev.faceidkit.contractgate.rules.MinLengthChangedRule;
import dev.faceidkit.contractgate.rules.MinimumChangedRule;
import dev.faceidkit.contractgate.rules.NullableChangedRule;
import dev.faceidkit.contractgate.rules.PatternChangedRule;
import dev.faceidkit.contractgate.rules.PropertiesPair;
import dev.faceidkit.contractgate.rules.PropertiesRule;
import dev.faceidkit.contractgate.rules.SchemaPair;
import dev.faceidkit.contractgate.rules.SchemaRule;
import dev.faceidkit.contractgate.rules.TypeChangedRule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks two versions of a schema from one side of the wire: the schema rules on the schema itself, the property
 * rules on its properties, then recursively into properties, items, additionalProperties and alternatives.
 */
final class SchemaComparator {

    /** In the order their findings are listed. */
    static final List<SchemaRule> SCHEMA_RULES = List.of(new TypeChangedRule(), new FormatChangedRule(),
            new EnumAddedOrRemovedRule(), new EnumValueRemovedRule(), new EnumValueAddedRule(),
            new ExtensibleEnumRule(), new NullableChangedRule(), new DefaultChangedRule(), new MaxLengthChangedRule(),
            new MaximumChangedRule(), new MaxCountChangedRule(), new MaxBytesChangedRule(),
            new MaxPixelsChangedRule(), new MinLengthChangedRule(), new MinimumChangedRule(),
            new MinCountChangedRule(), new LimitFlagChangedRule(), new PatternChangedRule(),
            new IntegerRangeChangedRule(), new AdditionalPropertiesRule());
    static final List<PropertiesRule> PROPERTIES_RULES =
            List.of(new FieldRemovedRule(), new FieldAddedRule(), new FieldRequiredChangedRule());
    private static final AlternativesChangedRule ALTERNATIVES = new AlternativesChangedRule();

    private final Doc before;
    private final Doc after;
    private final Changes out;
    /** Pairs of named schemas being compared, to stop on recursive schemas. */
    private final Deque<String> stack = new ArrayDeque<>();

    SchemaComparator(Doc before, Doc after, Changes out) {
        this.before = before;
        this.after = after;
        this.out = out;
    }

    /**
     * {@code base} is the operation and body ("POST /x · request multipart/form-data"), {@code path} the dotted
     * field path inside it, {@code siblings} the properties of the enclosing schema in the new version.
     */
    void compare(Side side, String base, String path, JsonNode oldSchema, JsonNode newSchema,
                 Map<String, JsonNode> siblings) {
        if (oldSchema.isMissingNode() && newSchema.isMissingNode()) {
            return;
        }
        // A recursive schema would be walked forever: stop when the same pair of named schemas comes round again.
        String oldChain = before.refChain(oldSchema);
        String newChain = after.refChain(newSchema);
        String pair = side + " " + oldChain + " ~ " + newChain;
        if ((!oldChain.isEmpty() || !newChain.isEmpty()) && stack.contains(pair)) {
            return;
        }
        stack.push(pair);
        try {
            SchemaView oldView = SchemaView.of(before, oldSchema);
            SchemaView newView = SchemaView.of(after, newSchema);
            String where = path.isEmpty() ? base : base + " · `" + path + "`";
            SchemaPair schemaPair = new SchemaPair(side, where, oldView, newView);
            SCHEMA_RULES.forEach(rule -> rule.check(schemaPair, out));
            PropertiesPair properties = new PropertiesPair(side, base, path, oldView, newView, siblings);
            PROPERTIES_RULES.forEach(rule -> rule.check(properties, out));
            oldView.properties.forEach((name, oldProperty) -> {
                JsonNode newProperty = newView.properties.get(name);
                if (newProperty != null) {
                    compare(side, base, path.isEmpty() ? name : path + "." + name, oldProperty, newProperty, Map.of());
                }
            });
            if (oldView.items != null && newView.items != null) {
                compare(side, base, path + "[]", oldView.items, newView.items, Map.of());
            }
            if (oldView.additionalProperties != null && newView.additionalProperties != null
                    && oldView.additionalProperties.isObject() && newView.additionalProperties.isObject()) {
                compare(side, base, path.isEmpty() ? "*" : path + ".*", oldView.additionalProperties,
                        newView.additionalProperties, Map.of());
            }
            compareAlternatives(side, where, oldView, newView);
        } finally {
            stack.pop();
        }
    }

    private void compareAlternatives(Side side, String where, SchemaView oldView, SchemaView newView) {
        int groups = Math.max(oldView.alternatives.size(), newView.alternatives.size());
        for (int g = 0; g < groups; g++) {
            if (g >= newView.alternatives.size()) {
                ALTERNATIVES.groupRemoved(side, where, oldView.alternatives.get(g), out);
                continue;
            }
            if (g >= oldView.alternatives.size()) {
                ALTERNATIVES.groupAdded(side, where, newView.alternatives.get(g), out);
                continue;
            }
            Map<String, JsonNode> oldGroup = oldView.alternatives.get(g);
            Map<String, JsonNode> newGroup = newView.alternatives.get(g);
            oldGroup.forEach((name, oldAlternative) -> {
                JsonNode newAlternative = newGroup.get(name);
                if (newAlternative == null) {
                    ALTERNATIVES.removed(side, where, name, out);
                } else {
                    compare(side, where + " [" + name + "]", "", oldAlternative, newAlternative,
                            newView.properties);
                }
            });
            newGroup.keySet().stream().filter(name -> !oldGroup.containsKey(name))
                    .forEach(name -> ALTERNATIVES.added(side, where, name, out));
        }
    }
}
