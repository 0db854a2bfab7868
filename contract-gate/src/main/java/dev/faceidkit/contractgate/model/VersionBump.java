package dev.faceidkit.contractgate.model;

/** The smallest semantic-version step a set of changes needs (docs/RELEASING.md, "Releasing and versions"). */
public enum VersionBump {
    /** The two contracts are identical. */
    NONE,
    /** Only what does not travel changed: descriptions, examples, tables. */
    PATCH,
    /** Additions only. */
    MINOR,
    /** At least one breaking change. */
    MAJOR;

    /** MAJOR with a breaking change, MINOR with any classified change, PATCH with textual differences only. */
    public static VersionBump of(boolean breaking, boolean classified, boolean textual) {
        return breaking ? MAJOR : classified ? MINOR : textual ? PATCH : NONE;
    }
}
