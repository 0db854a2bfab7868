package dev.faceidkit.sandbox.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing a team requires its tests to have exercised, written {@code kind:operation[/item]}:
 * <ul>
 *   <li>{@code operation:verify}: verify was called at least once;</li>
 *   <li>{@code success:verify}: verify answered with success at least once;</li>
 *   <li>{@code variant:verify} every alternative of every variant group, {@code variant:verify/comparison_type}
 *       every alternative of that group, {@code variant:verify/comparison_type=1} that one;</li>
 *   <li>{@code field:verify} every optional field sent, {@code field:verify/uuid} that one;</li>
 *   <li>{@code error:verify} every documented error answered, {@code error:verify/billed} every billed one,
 *       {@code error:verify/DATA_DESTROYED} that code (at each status it is documented at);</li>
 *   <li>{@code overall:80}: at least 80% of everything documented was met.</li>
 * </ul>
 * The operation may be {@code *} for every operation. The same text works in {@code @RequireCoverage}, in
 * {@code java -jar faceid-sandbox.jar coverage --require} and in the README's examples.
 */
public record CoverageRequirement(Kind kind, String operation, String item) {

    public enum Kind { OPERATION, SUCCESS, VARIANT, FIELD, ERROR, OVERALL }

    private static final Pattern SYNTAX = Pattern.compile("([a-z]+):([A-Za-z*][A-Za-z0-9_*]*|[0-9]+(?:\\.[0-9]+)?)"
            + "(?:/(.+))?");

    /** Parses one requirement; an {@link IllegalArgumentException} that shows the syntax otherwise. */
    public static CoverageRequirement parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.strip());
        Kind kind = null;
        if (m.matches()) {
            try {
                kind = Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                kind = null;
            }
        }
        if (kind == null || kind == Kind.OVERALL && (m.group(3) != null || !m.group(2).matches("[0-9.]+"))
                || kind != Kind.OVERALL && m.group(2).matches("[0-9.]+")
                || (kind == Kind.OPERATION || kind == Kind.SUCCESS) && m.group(3) != null) {
            throw new IllegalArgumentException("Cannot read the coverage requirement '" + text + "'; write"
                    + " operation:<op>, success:<op>, variant:<op>[/<group>[=<value>]], field:<op>[/<name>],"
                    + " error:<op>[/billed|/<CODE>] or overall:<percent>, where <op> is an operationId or *");
        }
        return new CoverageRequirement(kind, m.group(2), m.group(3));
    }

    /** What this requirement finds unmet in the report, one line each; empty when it is met. */
    public List<String> unmet(CoverageReport report) {
        List<String> unmet = new ArrayList<>();
        if (kind == Kind.OVERALL) {
            double wanted = Double.parseDouble(operation);
            CoverageReport.Ratio overall = report.totals().overall();
            if (overall.percent() < wanted) {
                unmet.add(String.format(Locale.ROOT, "overall coverage %.1f%% (%s) is below the required %s%%",
                        overall.percent(), overall, operation));
            }
            return unmet;
        }
        List<CoverageReport.OperationCoverage> operations = "*".equals(operation) ? report.operations()
                : List.of(report.operation(operation));
        for (CoverageReport.OperationCoverage op : operations) {
            unmet.addAll(unmet(op));
        }
        return unmet;
    }

    private List<String> unmet(CoverageReport.OperationCoverage op) {
        List<String> unmet = new ArrayList<>();
        String name = op.operationId() + ": ";
        switch (kind) {
            case OPERATION -> {
                if (!op.seen()) {
                    unmet.add(name + "never called (" + op.method() + " " + op.path() + ")");
                }
            }
            case SUCCESS -> {
                if (!op.success().seen()) {
                    unmet.add(name + "never answered with success");
                }
            }
            case VARIANT -> {
                List<CoverageReport.VariantCoverage> chosen = op.variants().stream()
                        .filter(v -> item == null || v.group().equals(item) || v.selection().equals(item)).toList();
                requireSome(chosen, "variant " + item);
                chosen.stream().filter(v -> !v.seen()).forEach(v -> unmet.add(name + "variant " + v.selection()
                        + " (" + v.name() + ") never chosen"));
            }
            case FIELD -> {
                List<CoverageReport.FieldCoverage> fields = op.fields().stream()
                        .filter(f -> item == null || f.name().equals(item)).toList();
                requireSome(fields, "optional field " + item);
                fields.stream().filter(f -> !f.sent()).forEach(f -> unmet.add(name + "field " + f.name()
                        + " never sent"));
            }
            case ERROR -> {
                List<CoverageReport.ErrorCoverage> errors = op.errors().stream()
                        .filter(e -> item == null || "billed".equals(item) && e.billed() || e.code().equals(item))
                        .toList();
                if (item != null && !"billed".equals(item)) {
                    requireSome(errors, "error " + item);
                }
                errors.stream().filter(e -> !e.seen()).forEach(e -> unmet.add(name + "error " + e.code() + " ("
                        + e.status() + (e.billed() ? ", billed" : "") + ") never answered"));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return unmet;
    }

    /** A requirement naming nothing the operation documents is a mistake, not a requirement met. */
    private void requireSome(List<?> items, String what) {
        if (items.isEmpty() && !"*".equals(operation)) {
            throw new IllegalArgumentException(operation + " documents no " + what + " (requirement " + this + ")");
        }
    }

    /** All the unmet lines of several requirements. */
    public static List<String> unmet(List<CoverageRequirement> requirements, CoverageReport report) {
        List<String> unmet = new ArrayList<>();
        requirements.forEach(r -> unmet.addAll(r.unmet(report)));
        return unmet;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + operation + (item == null ? "" : "/" + item);
    }
}
