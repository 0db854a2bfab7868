package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractmodel.IntegerRange;
import java.util.Objects;

/**
 * {@code integer-range-changed}: the x-faceid-integer-range of an integer sent as a string. Narrowed (or added)
 * breaks requests; widened (or removed) breaks responses. The pattern that spells the range out is judged by
 * {@link PatternChangedRule} against this range, not by its text.
 */
public final class IntegerRangeChangedRule implements SchemaRule {

    public static final String NAME = "integer-range-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        JsonNode oldRange = pair.before().limit("x-faceid-integer-range");
        JsonNode newRange = pair.after().limit("x-faceid-integer-range");
        if (Objects.equals(oldRange, newRange)) {
            return;
        }
        IntegerRange before = IntegerRange.of(oldRange);
        IntegerRange after = IntegerRange.of(newRange);
        boolean narrower = after != null && (before == null || after.narrowerThan(before));
        String what = "x-faceid-integer-range " + show(oldRange) + " → " + show(newRange);
        out.add(NAME, pair.request() == narrower, pair.where(), what + (narrower ? " (narrowed)" : " (widened)"));
    }
}
