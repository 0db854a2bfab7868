package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractmodel.IntegerRange;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * {@code pattern-changed}. Two regular expressions cannot be compared in general, so a new or changed pattern
 * counts as breaking in a request (values valid before may be rejected), and a changed or removed one as breaking
 * in a response (values of another form may arrive).
 *
 * <p>Except for an integer sent as a string that has an {@code x-faceid-integer-range} in both versions (such as
 * get_biz_token's {@code liveness_timeout}, {@code ^([5-9]|[1-5][0-9]|60)$} for 5–60): there the pattern only
 * spells the range out, so it is judged on the integers themselves, in their plain decimal form. A request pattern
 * breaks only if it rejects an integer of the old range that the old pattern accepted (so widening 5–60 to 5–90
 * with its new pattern is compatible, and the narrowing is reported by {@link IntegerRangeChangedRule}); a response
 * pattern breaks only if it lets through an integer of the new range the old pattern did not.
 */
public final class PatternChangedRule implements SchemaRule {

    public static final String NAME = "pattern-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        JsonNode oldPattern = pair.before().limit("pattern");
        JsonNode newPattern = pair.after().limit("pattern");
        if (Objects.equals(oldPattern, newPattern)) {
            return;
        }
        String what = "pattern " + show(oldPattern) + " → " + show(newPattern);
        IntegerRange oldRange = IntegerRange.of(pair.before().limit("x-faceid-integer-range"));
        IntegerRange newRange = IntegerRange.of(pair.after().limit("x-faceid-integer-range"));
        if (oldRange != null && newRange != null && oldRange.enumerable() && newRange.enumerable()) {
            judgeByRange(pair, what, oldPattern, newPattern, oldRange, newRange, out);
            return;
        }
        boolean request = pair.request();
        boolean breaks = request ? newPattern != null : oldPattern != null;
        out.add(NAME, breaks, pair.where(), what + (!breaks ? ""
                : request ? " (values valid before may be rejected)" : " (values of another form may arrive)"));
    }

    private static void judgeByRange(SchemaPair pair, String what, JsonNode oldPattern, JsonNode newPattern,
            IntegerRange oldRange, IntegerRange newRange, Changes out) {
        OptionalLong counterexample = pair.request()
                // A value sent before (old range, old pattern) that the new pattern rejects.
                ? firstMismatch(oldRange, compile(oldPattern), compile(newPattern))
                // A value that may arrive now (new range, new pattern) that the old pattern did not allow.
                : firstMismatch(newRange, compile(newPattern), compile(oldPattern));
        if (counterexample.isPresent()) {
            out.breaking(NAME, pair.where(), what + " (judged on x-faceid-integer-range: '"
                    + counterexample.getAsLong() + "' " + (pair.request() ? "was accepted and is now rejected"
                    : "may now arrive and did not match before") + ")");
        } else {
            out.compatible(NAME, pair.where(), what + " (judged on x-faceid-integer-range: "
                    + (pair.request() ? "every integer accepted before is still accepted"
                    : "every integer that may arrive matched before") + ")");
        }
    }

    /** The first integer of {@code range} that {@code accepted} matches and {@code required} does not. */
    private static OptionalLong firstMismatch(IntegerRange range, Pattern accepted, Pattern required) {
        for (long n = range.minimum(); n <= range.maximum(); n++) {
            String text = Long.toString(n);
            if (matches(accepted, text) && !matches(required, text)) {
                return OptionalLong.of(n);
            }
        }
        return OptionalLong.empty();
    }

    /** null: no pattern, everything matches. JSON Schema patterns are unanchored, hence find(). */
    private static Pattern compile(JsonNode pattern) {
        return pattern == null ? null : Pattern.compile(pattern.asText());
    }

    private static boolean matches(Pattern pattern, String text) {
        return pattern == null || pattern.matcher(text).find();
    }
}
