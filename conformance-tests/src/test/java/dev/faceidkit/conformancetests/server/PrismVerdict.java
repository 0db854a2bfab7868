package dev.faceidkit.conformancetests.server;

import dev.faceidkit.testsupport.http.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * What Prism's proxy said about an exchange: with {@code --errors} it replaces an invalid request by a 422 and
 * an invalid upstream response by a 500, both {@code application/problem+json}; without, it would add an
 * {@code sl-violations} header. Either means the exchange broke the contract.
 */
final class PrismVerdict {

    private PrismVerdict() {
    }

    static List<String> problems(Reply response) {
        List<String> problems = new ArrayList<>();
        if (response.contentType() != null && response.contentType().startsWith("application/problem+json")) {
            problems.add("Prism refused the exchange: " + response.describe());
        }
        if (response.header("sl-violations") != null) {
            problems.add("Prism reports violations: " + response.header("sl-violations"));
        }
        return problems;
    }
}
