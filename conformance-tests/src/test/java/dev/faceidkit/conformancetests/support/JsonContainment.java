package dev.faceidkit.conformancetests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one JSON tree holds everything another holds: every path of the expected tree exists in the actual
 * one with an equal value (numbers compared by value, so 64 equals 64.0). Extra content in the actual tree is
 * fine, and an explicit null may come back absent (the generated models keep no difference between the two).
 * Used to prove that reading a body into a typed model and writing it back loses nothing.
 */
public final class JsonContainment {

    private JsonContainment() {
    }

    /** The paths (JSON Pointer) that are missing from {@code actual} or differ; empty when all are there. */
    public static List<String> missingOrDifferent(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compare("", expected, actual, problems);
        return problems;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (expected.isNull() && (actual == null || actual.isNull())) {
            return; // A typed model has one null for "absent" and "null": both carry the same (no) value.
        }
        if (actual == null || actual.isMissingNode()) {
            problems.add((path.isEmpty() ? "/" : path) + " is missing (expected " + expected + ")");
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + " is " + actual + ", expected an object");
                return;
            }
            expected.properties().forEach(e -> compare(path + "/" + escape(e.getKey()), e.getValue(),
                    actual.get(e.getKey()), problems));
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + " is " + actual + ", expected an array of " + expected.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), problems);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                problems.add(path + " is " + actual + ", expected " + expected);
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + " is " + actual + ", expected " + expected);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
