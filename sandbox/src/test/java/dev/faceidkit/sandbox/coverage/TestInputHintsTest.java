package dev.faceidkit.sandbox.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.DocumentedError;
import dev.faceidkit.contractmodel.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TEST-INPUTS.md says how to reach every documented error, so the coverage report can link each gap to it. */
class TestInputHintsTest {

    private final TestInputHints hints = TestInputHints.bundled();

    @Test
    void everyDocumentedErrorHasATestInputInItsOperationsSectionOrOneAboutEveryOperation() {
        List<String> missing = new ArrayList<>();
        for (Operation op : Contract.bundled().operations()) {
            for (DocumentedError error : op.errors().all()) {
                if (hints.forError(op.path(), error.code()).isEmpty()) {
                    missing.add(op.id() + " " + error.code());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aHintIsTheRowsInputNamedByItsTableAndLinksItsSection() {
        TestInputHints.Hint hint = hints.forError("/faceid/lite/get_result", "DATA_DESTROYED").orElseThrow();
        assertThat(hint.anchor()).isEqualTo("get-faceidliteget_result--get_result");
        assertThat(hint.input()).isEqualTo("biz_id / scenario `sandbox-expired` (fixture only)");

        TestInputHints.Hint account = hints.forError("/faceid/v2/verify", "CONCURRENCY_LIMIT_EXCEEDED").orElseThrow();
        assertThat(account.section()).isEqualTo("Accounts");
        assertThat(account.input()).isEqualTo("api_key `sandbox-single-call-key`");
    }

    @Test
    void anchorsAreGitHubs() {
        assertThat(TestInputHints.anchor("POST /faceid/v2/verify — Verify 2.0.6")).isEqualTo("post-faceidv2verify--verify-206");
    }
}
