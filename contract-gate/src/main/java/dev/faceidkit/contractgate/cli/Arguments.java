package dev.faceidkit.contractgate.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsed command line: {@code --name value} or {@code --name=value}, each option at most once. */
final class Arguments {

    static final String USAGE = "usage: java -jar faceid-contract-gate-cli.jar --baseline FILE|DIR --candidate FILE"
            + " [--format markdown|json] [--report FILE] [--markdown-report FILE] [--json-report FILE]"
            + " [--project-version V] [--allow-breaking REASON] [--changelog FILE] [--spec-properties FILE]";

    /** Earlier names, as openapi/pom.xml passed them, still accepted. */
    private static final Map<String, String> ALIASES = Map.of("bundle", "candidate", "baseline-dir", "baseline");
    private static final Set<String> KNOWN = Set.of("baseline", "candidate", "format", "report", "markdown-report",
            "json-report", "project-version", "allow-breaking", "changelog", "spec-properties");

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    static Arguments parse(List<String> args) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
            name = ALIASES.getOrDefault(name, name);
            if (!KNOWN.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option --" + name + " given twice");
            }
        }
        Arguments parsed = new Arguments(values);
        if (parsed.path("baseline") == null) {
            throw new UsageException("--baseline is required (a contract file, or a directory of"
                    + " faceid-openapi-<version>.yaml baselines)");
        }
        if (parsed.path("candidate") == null) {
            throw new UsageException("--candidate is required (the contract file to check)");
        }
        parsed.format();
        return parsed;
    }

    /** The value, or null when absent or blank (Maven passes empty properties as "--name="). */
    String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    Path path(String name) {
        String value = text(name);
        return value == null ? null : Path.of(value);
    }

    boolean jsonFormat() throws UsageException {
        return format().equals("json");
    }

    private String format() throws UsageException {
        String format = text("format") == null ? "markdown" : text("format");
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new UsageException("--format must be markdown or json, not '" + format + "'");
        }
        return format;
    }
}
