package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.show;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import java.util.List;
import java.util.Objects;

/**
 * {@code limit-flag-changed}: exclusiveMaximum, exclusiveMinimum or uniqueItems. Turned on accepts fewer values
 * (breaking in a request); turned off accepts more (breaking in a response).
 */
public final class LimitFlagChangedRule implements SchemaRule {

    public static final String NAME = "limit-flag-changed";

    @Override
    public void check(SchemaPair pair, Changes out) {
        for (String flag : List.of("exclusiveMaximum", "exclusiveMinimum", "uniqueItems")) {
            JsonNode before = pair.before().limit(flag);
            JsonNode after = pair.after().limit(flag);
            if (!Objects.equals(before, after)) {
                boolean stricter = after != null && after.asBoolean(false) && (before == null || !before.asBoolean());
                out.add(NAME, pair.request() == stricter, pair.where(), flag + " " + show(before) + " → "
                        + show(after));
            }
        }
    }
}
