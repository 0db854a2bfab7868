package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;

/** A rule on the properties of an object schema (removed, added, required). */
public interface PropertiesRule {
    void check(PropertiesPair pair, Changes out);
}
