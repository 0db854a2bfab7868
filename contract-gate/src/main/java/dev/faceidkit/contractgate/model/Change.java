package dev.faceidkit.contractgate.model;

import java.util.Objects;

/**
 * One difference between two versions of the contract, as a consumer sees it.
 *
 * @param rule the named rule that found it (see the rule table in contract-gate/README.md), or {@link #OPENAPI_DIFF}
 * @param compatibility whether a client or server written against the old contract can break
 * @param location where, in the words people use: "POST /faceid/v2/verify · request multipart/form-data · `uuid`"
 * @param description what changed, and for a breaking change why it breaks
 * @param source which check found it ({@link #FACEID_RULES} or {@link #OPENAPI_DIFF})
 */
public record Change(String rule, Compatibility compatibility, String location, String description, String source) {

    /** The toolkit's own rules (package {@code dev.faceidkit.contractgate.rules}). */
    public static final String FACEID_RULES = "faceid rules";
    /** openapi-diff's verdict (it gives one verdict, not a list: its report is attached whole). */
    public static final String OPENAPI_DIFF = "openapi-diff";

    public Change {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(compatibility, "compatibility");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    public static Change of(String rule, boolean breaking, String location, String description) {
        return new Change(rule, breaking ? Compatibility.BREAKING : Compatibility.COMPATIBLE, location, description,
                FACEID_RULES);
    }

    public boolean isBreaking() {
        return compatibility == Compatibility.BREAKING;
    }

    @Override
    public String toString() {
        return (isBreaking() ? "BREAKING " : "non-breaking ") + location + ": " + description + " [" + rule + "]";
    }
}
