package dev.faceidkit.contractgate.compare;

import dev.faceidkit.contractgate.model.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the rules put what they find, in contract order. The same finding reached twice (a schema shared by two
 * media types, say) is kept once.
 */
public final class Changes {

    private final List<Change> changes = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public void add(String rule, boolean breaking, String location, String description) {
        Change change = Change.of(rule, breaking, location, description);
        if (seen.add(change.compatibility() + "|" + location + "|" + description)) {
            changes.add(change);
        }
    }

    public void breaking(String rule, String location, String description) {
        add(rule, true, location, description);
    }

    public void compatible(String rule, String location, String description) {
        add(rule, false, location, description);
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }
}
