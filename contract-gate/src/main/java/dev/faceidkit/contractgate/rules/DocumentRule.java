package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Doc;

/** A rule on the two documents as a whole (info, servers, components, the set of operations). */
public interface DocumentRule {
    void check(Doc before, Doc after, Changes out);
}
