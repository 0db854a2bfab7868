package dev.faceidkit.openapi.release;

/**
 * One difference between two versions of the contract, as a consumer sees it.
 *
 * @param severity whether a client or server written against the old contract can break
 * @param location where, in the words people use: "POST /faceid/v2/verify · request multipart/form-data · uuid"
 * @param description what changed, and for a breaking change why it breaks
 * @param source which check found it ({@link #FACEID_RULES} or {@link #OPENAPI_DIFF})
 */
public record Change(Severity severity, String location, String description, String source) {

    /** The toolkit's own rules ({@link ContractDiff}). */
    public static final String FACEID_RULES = "faceid rules";
    /** openapi-diff's verdict (it gives one verdict, not a list: its report is attached whole). */
    public static final String OPENAPI_DIFF = "openapi-diff";

    public enum Severity {
        BREAKING, NON_BREAKING
    }

    static Change breaking(String location, String description) {
        return new Change(Severity.BREAKING, location, description, FACEID_RULES);
    }

    static Change nonBreaking(String location, String description) {
        return new Change(Severity.NON_BREAKING, location, description, FACEID_RULES);
    }

    public boolean isBreaking() {
        return severity == Severity.BREAKING;
    }

    @Override
    public String toString() {
        return (isBreaking() ? "BREAKING " : "non-breaking ") + location + ": " + description;
    }
}
