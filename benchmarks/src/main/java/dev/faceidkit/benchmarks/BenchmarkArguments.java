package dev.faceidkit.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The benchmarks' {@code --name=value} arguments. */
final class BenchmarkArguments {

    private BenchmarkArguments() {
    }

    /** {@code --name=value} arguments by name. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return value;
    }
}
