package dev.faceidkit.conformancetests.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.testsupport.http.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The server-side checks catch what a broken sandbox would do: a wrong status for a code, a missing required
 * field, an undocumented status, a wrong code, and Prism's refusal of an exchange.
 */
class ServerChecksBiteTest {

    private static final String OK = "{\"request_id\":\"1763701188,7c1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6\","
            + "\"time_used\":640,\"result_ref1\":{\"confidence\":97.5,\"thresholds\":"
            + "{\"1e-3\":62.169,\"1e-4\":69.101,\"1e-5\":73.975,\"1e-6\":78.038}}}";
    private static final String LOW_QUALITY = "{\"error_message\":\"LOW_QUALITY\","
            + "\"request_id\":\"1761025620,11835fb3-fb31-5d8f-9ed8-4aef7bcaec54\",\"time_used\":3}";

    private final Contract contract = ContractBundle.get().contract();
    private final ResponseContract responses = ResponseContract.get();
    private final DocumentedErrorCheck errors = new DocumentedErrorCheck(contract, responses);

    @Test
    void aDocumentedResponseHasNoProblem() {
        assertThat(responses.problems(contract.operation("verify"), response(200, OK))).isEmpty();
        assertThat(errors.problems("verify", "LOW_QUALITY", null, response(400, LOW_QUALITY))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        assertThat(responses.problems(contract.operation("verify"), response(200, OK.replace("\"time_used\":640,", ""))))
                .anyMatch(p -> p.contains("time_used"));
        assertThat(errors.problems("verify", "LOW_QUALITY", null,
                response(400, LOW_QUALITY.replace(",\"time_used\":3", "")))).anyMatch(p -> p.contains("time_used"));
    }

    @Test
    void aWrongTypeIsReported() {
        assertThat(responses.problems(contract.operation("verify"), response(200, OK.replace("640", "\"640\""))))
                .isNotEmpty();
    }

    @Test
    void aWrongOrUndocumentedStatusIsReported() {
        assertThat(errors.problems("verify", "LOW_QUALITY", null, response(403, LOW_QUALITY)))
                .contains("LOW_QUALITY is not documented for verify with status 403");
        assertThat(responses.problems(contract.operation("verify"), response(201, OK))).isNotEmpty();
        assertThat(errors.problems("verify", "LOW_QUALITY", null, response(200, LOW_QUALITY))).isNotEmpty();
    }

    @Test
    void anotherCodeOrDetailIsReported() {
        assertThat(errors.problems("verify", "MULTIPLE_FACES", "image", response(400, LOW_QUALITY)))
                .contains("expected MULTIPLE_FACES: image, got LOW_QUALITY");
    }

    @Test
    void prismsRefusalIsReported() {
        Reply refused = Reply.of("POST", "http://prism/faceid/v2/verify", 500,
                "application/problem+json", "{\"title\":\"Request/Response not valid\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(PrismVerdict.problems(refused)).isNotEmpty();
    }

    private static Reply response(int status, String body) {
        return Reply.of("POST", "http://sandbox/faceid/v2/verify", status, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }
}
