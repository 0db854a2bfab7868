package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import java.util.Objects;

/**
 * {@code format-changed}: breaking, except between "no format" and {@code password}, which only tells tools to
 * mask the value. {@code binary} ↔ anything is a file part becoming a text value or the reverse.
 */
public final class FormatChangedRule implements SchemaRule {

    public static final String NAME = "format-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        String oldFormat = pair.before().format;
        String newFormat = pair.after().format;
        if (Objects.equals(oldFormat, newFormat)) {
            return;
        }
        boolean documentationOnly = isDocumentationFormat(oldFormat) && isDocumentationFormat(newFormat);
        String what = "format " + (oldFormat == null ? "(none)" : oldFormat) + " → "
                + (newFormat == null ? "(none)" : newFormat);
        if ("binary".equals(oldFormat) || "binary".equals(newFormat)) {
            what += " (a file part becomes a text value or the reverse)";
        }
        out.add(NAME, !documentationOnly, pair.where(), what);
    }

    private static boolean isDocumentationFormat(String format) {
        return format == null || format.equals("password");
    }
}
