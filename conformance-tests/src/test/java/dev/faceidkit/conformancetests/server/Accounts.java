package dev.faceidkit.conformancetests.server;

/** The sandbox's accounts (sandbox/TEST-INPUTS.md, "Accounts"); the api_secret of each is its name's secret. */
final class Accounts {

    static final String KEY = "example-api-key";
    static final String SECRET = "example-api-secret";
    static final String NO_DATA_SOURCE = "sandbox-no-data-source";
    static final String NO_REFERENCE = "sandbox-no-reference";
    static final String DENIED = "sandbox-denied";
    static final String DISCONTINUED = "sandbox-discontinued";
    static final String TEST = "sandbox-test";
    static final String IP_RESTRICTED = "sandbox-ip-restricted";
    static final String RETRY_LIMITED = "sandbox-retry-limited";
    static final String SINGLE_CALL = "sandbox-single-call";

    private Accounts() {
    }

    static String key(String account) {
        return account + "-key";
    }

    static String secret(String account) {
        return account + "-secret";
    }
}
