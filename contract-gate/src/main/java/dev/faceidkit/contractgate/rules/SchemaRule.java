package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/** A rule on the keywords of one schema (type, enum, limits, ...), not on its properties. */
public interface SchemaRule {
    void check(SchemaPair pair, Changes out);
}
