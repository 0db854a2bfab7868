package dev.faceidkit.contractgate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers on Jackson trees, shared by the comparators and the rules. */
public final class Json {

    /** Reads YAML (and so JSON) bundles. */
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Json() {
    }

    public static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The items of an array as text, or the text of {@code field} of each item. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            texts.add(field == null ? item.asText() : item.path(field).asText());
        }
        return texts;
    }

    public static List<String> minus(Collection<String> from, Collection<String> remove) {
        return from.stream().filter(value -> !remove.contains(value)).collect(Collectors.toList());
    }

    public static String join(Collection<String> values) {
        return String.join(", ", values);
    }

    /** A value for a message: quoted text, JSON otherwise, "(none)" when absent. */
    public static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "(none)";
        }
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }
}
