package dev.faceidkit.sdk.internal;

import java.util.Set;

/**
 * Documented text fields a caller sets by wire name ({@code field(name, value)} on each request builder), for a
 * field the contract has and the builder has no setter for, such as one a newer contract adds. Each is checked
 * against the contract exactly as a typed setter's value is, and sent whether or not the generated client has a
 * parameter for it.
 */
public final class NamedFields {

    // Held as extra fields are (same rules for a name and a value); only where they go differs.
    private final ExtraFields fields = new ExtraFields();

    /** Adds or replaces one field. */
    public void put(String name, String value) {
        fields.put(name, value);
    }

    /**
     * Adds every field to the form, after the typed setters' (a name set both ways takes this value); a name the
     * operation does not define, a file field, or one of {@code setElsewhere} (the credentials) is refused.
     */
    public void addTo(FormFields.Builder form, Set<String> setElsewhere) {
        fields.checkedAgainst(name -> false).forEach((name, value) -> {
            if (setElsewhere.contains(name)) {
                throw new IllegalArgumentException(name + " is set by the client, not by the request");
            }
            if (form.operation().findField(name).isEmpty()) {
                throw new IllegalArgumentException(name + " is not a field of " + form.operation().id()
                        + " in the contract; send it with extraField(name, value)");
            }
            if (form.operation().field(name).isFile()) {
                throw new IllegalArgumentException(name + " is a file field; field(name, value) sets text fields");
            }
            form.text(name, value);
        });
    }
}
