package dev.faceidkit.conformancetests.server;

import dev.faceidkit.testsupport.http.Reply;
import java.util.function.Function;

/**
 * A test input documented to reach one error code (sandbox/TEST-INPUTS.md), and how it travels:
 * {@link Route#PROXY} through the validating Prism proxy, or {@link Route#DIRECT} to the sandbox when Prism
 * cannot carry it (the request breaks the schema on purpose, so Prism would refuse it; it needs image bytes
 * beyond ASCII, which Prism's proxy corrupts; or it is not an operation of the contract at all).
 *
 * @param detail the detail expected after the code, or null for none
 * @param call   sends the request to the given base URL
 */
record ErrorCase(String operationId, String code, String detail, String input, Route route,
                 Function<String, Reply> call) {

    enum Route { PROXY, DIRECT }

    static ErrorCase proxy(String operationId, String code, String detail, String input,
                           Function<String, Reply> call) {
        return new ErrorCase(operationId, code, detail, input, Route.PROXY, call);
    }

    static ErrorCase direct(String operationId, String code, String detail, String input,
                            Function<String, Reply> call) {
        return new ErrorCase(operationId, code, detail, input, Route.DIRECT, call);
    }

    String label() {
        return operationId + " " + code + (detail == null ? "" : ": " + detail) + " <- " + input
                + (route == Route.DIRECT ? " (direct)" : "");
    }
}
