package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.texts;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Operation;
import java.util.List;

/** {@code tags-changed}: compatible, reported because generated code groups operations by tag. */
public final class OperationTagsRule implements OperationRule {

    public static final String NAME = "tags-changed";

    @Override
    public void check(String label, Operation before, Operation after, Changes out) {
        List<String> oldTags = texts(before.node().path("tags"), null);
        List<String> newTags = texts(after.node().path("tags"), null);
        if (!oldTags.equals(newTags)) {
            out.compatible(NAME, label, "tags " + oldTags + " → " + newTags + " (generated code groups operations by"
                    + " tag)");
        }
    }
}
