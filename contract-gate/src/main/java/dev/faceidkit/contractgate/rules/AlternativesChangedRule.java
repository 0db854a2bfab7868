package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Side;
import java.util.Map;

/**
 * {@code alternatives-changed}: oneOf/anyOf alternatives, matched by component name (or title, or position). A
 * removed alternative, or a new group, breaks requests; a new alternative, or a removed group, breaks response
 * readers (a shape they do not know). Alternatives kept are compared field by field by the walker.
 */
public final class AlternativesChangedRule {

    public static final String NAME = "alternatives-changed";

    public void groupRemoved(Side side, String where, Map<String, JsonNode> group, Changes out) {
        out.add(NAME, !side.isRequest(), where, "a group of alternatives (" + group.keySet() + ") was removed");
    }

    public void groupAdded(Side side, String where, Map<String, JsonNode> group, Changes out) {
        out.add(NAME, side.isRequest(), where, "new group of alternatives " + group.keySet()
                + (side.isRequest() ? ": every request must now match one of them" : ""));
    }

    public void removed(Side side, String where, String name, Changes out) {
        out.add(NAME, side.isRequest(), where, "alternative " + name + " removed"
                + (side.isRequest() ? ": requests of that shape are rejected" : ""));
    }

    public void added(Side side, String where, String name, Changes out) {
        out.add(NAME, !side.isRequest(), where, "new alternative " + name
                + (side.isRequest() ? "" : ": responses of a shape clients do not know"));
    }
}
