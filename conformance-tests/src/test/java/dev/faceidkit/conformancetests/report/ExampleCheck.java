package dev.faceidkit.conformancetests.report;

/** The kinds of per-example checks the report counts. */
public enum ExampleCheck {
    SDK_RESPONSE("SDK turns Prism's response into the typed result or error"),
    SDK_REQUEST("SDK sends it, Prism finds no violation"),
    SANDBOX_REQUEST("sandbox answers it (Prism proxy + swagger-request-validator)");

    private final String description;

    ExampleCheck(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
