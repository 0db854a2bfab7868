package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.List;
import java.util.Objects;

/**
 * The shared logic of the numeric-limit rules: a limit that accepts fewer values than before (lower maximum,
 * higher minimum, a limit added) breaks requests; one that accepts more (or is removed) breaks responses, whose
 * readers may rely on the old limit (a column size, a range check).
 */
public abstract class LimitRule implements SchemaRule {

    private final String name;
    private final List<String> keywords;
    private final boolean upper;

    /** @param upper true for maximum-like keywords (a larger value accepts more) */
    protected LimitRule(String name, boolean upper, String... keywords) {
        this.name = name;
        this.upper = upper;
        this.keywords = List.of(keywords);
    }

    @Override
    public final void check(SchemaPair pair, Changes out) {
        for (String keyword : keywords) {
            compare(pair, keyword, pair.before().limit(keyword), pair.after().limit(keyword), out);
        }
    }

    private void compare(SchemaPair pair, String keyword, JsonNode before, JsonNode after, Changes out) {
        if (Objects.equals(before, after)) {
            return;
        }
        boolean stricter;
        if (after == null) {
            stricter = false;
        } else if (before == null) {
            stricter = true;
        } else {
            int order = after.decimalValue().compareTo(before.decimalValue());
            stricter = upper ? order < 0 : order > 0;
        }
        String what = keyword + " " + show(before) + " → " + show(after);
        if (pair.request()) {
            out.add(name, stricter, pair.where(), what + (stricter ? " (values valid before are rejected)" : ""));
        } else {
            out.add(name, !stricter, pair.where(), what + (stricter ? "" : " (values outside the old limit may now"
                    + " arrive)"));
        }
    }
}
