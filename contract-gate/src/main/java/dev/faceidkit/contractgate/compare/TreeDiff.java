package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every textual difference between two bundles, as JSON pointers ("changed /paths/~1x/get/description"). The
 * report lists them under the classified changes, so that nothing that changed goes unmentioned (descriptions,
 * examples, anything the rules do not classify). A subtree that appears or disappears as a whole is one entry.
 */
public final class TreeDiff {

    private TreeDiff() {
    }

    public static List<String> differences(JsonNode oldRoot, JsonNode newRoot) {
        List<String> out = new ArrayList<>();
        walk("", oldRoot, newRoot, out);
        return out;
    }

    /** An array whose items all have a distinct name: scalars, or objects with a code, a name or a $ref. */
    private static boolean keyed(JsonNode array) {
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode item : array) {
            String key = key(item);
            if (key == null || !seen.add(key)) {
                return false;
            }
        }
        return true;
    }

    private static String key(JsonNode item) {
        if (item.isValueNode()) {
            return "=" + item.asText();
        }
        if (item.hasNonNull("code")) {
            return "code=" + item.get("code").asText();
        }
        if (item.hasNonNull("name")) {
            return "name=" + item.get("name").asText() + (item.has("in") ? ",in=" + item.get("in").asText() : "");
        }
        if (item.hasNonNull("$ref")) {
            return "$ref=" + item.get("$ref").asText();
        }
        return null;
    }

    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        array.forEach(item -> items.put(key(item), item));
        return items;
    }

    private static void walk(String pointer, JsonNode before, JsonNode after, List<String> out) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!after.has(key)) {
                    out.add("removed " + child);
                } else if (!before.has(key)) {
                    out.add("added   " + child);
                } else {
                    walk(child, before.get(key), after.get(key), out);
                }
            }
        } else if (before.isArray() && after.isArray() && keyed(before) && keyed(after)) {
            // Lists of named things (error codes, parameters, enum values): match by name, not by position, so
            // that removing one entry is one difference rather than a shift of every later entry.
            Map<String, JsonNode> oldItems = byKey(before);
            Map<String, JsonNode> newItems = byKey(after);
            Set<String> keys = new LinkedHashSet<>(oldItems.keySet());
            keys.addAll(newItems.keySet());
            for (String key : keys) {
                String child = pointer + "[" + key + "]";
                if (!newItems.containsKey(key)) {
                    out.add("removed " + child);
                } else if (!oldItems.containsKey(key)) {
                    out.add("added   " + child);
                } else {
                    walk(child, oldItems.get(key), newItems.get(key), out);
                }
            }
        } else if (before.isArray() && after.isArray()) {
            int common = Math.min(before.size(), after.size());
            for (int i = 0; i < common; i++) {
                walk(pointer + "/" + i, before.get(i), after.get(i), out);
            }
            for (int i = common; i < before.size(); i++) {
                out.add("removed " + pointer + "/" + i);
            }
            for (int i = common; i < after.size(); i++) {
                out.add("added   " + pointer + "/" + i);
            }
        } else {
            out.add("changed " + (pointer.isEmpty() ? "/" : pointer));
        }
    }
}
