package dev.faceidkit.sandbox.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.ReceivedRequest;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CoverageRequirementTest {

    private final Contract contract = Contract.bundled();
    private final ContractCoverage coverage = new ContractCoverage(contract, 10);

    @ParameterizedTest
    @ValueSource(strings = {"", "verify", "operations:verify", "operation:verify/uuid", "overall:lots", "overall:80/x",
            "variant:12", "success:verify/x"})
    void unreadableRequirementsShowTheSyntax(String text) {
        assertThatThrownBy(() -> CoverageRequirement.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variant:<op>[/<group>[=<value>]]");
    }

    @Test
    void aRequirementNamingWhatTheContractLacksIsAMistake() {
        assertThatThrownBy(() -> CoverageRequirement.parse("error:verify/NO_SUCH_CODE").unmet(report()))
                .hasMessageContaining("verify documents no error NO_SUCH_CODE");
        assertThatThrownBy(() -> CoverageRequirement.parse("operation:nope").unmet(report()))
                .hasMessageContaining("no operation 'nope'");
    }

    @Test
    void unmetRequirementsListExactlyWhatWasNeverExercised() {
        coverage.record("k", Optional.of(contract.operation("verify")),
                new ReceivedRequest().text("comparison_type", "0"), 200, null, true);

        assertThat(CoverageRequirement.parse("operation:verify").unmet(report())).isEmpty();
        assertThat(CoverageRequirement.parse("success:verify").unmet(report())).isEmpty();
        assertThat(CoverageRequirement.parse("variant:verify/comparison_type=0").unmet(report())).isEmpty();
        assertThat(CoverageRequirement.parse("variant:verify/comparison_type").unmet(report()))
                .containsExactly("verify: variant comparison_type=1 (DataSourceComparison) never chosen");
        assertThat(CoverageRequirement.parse("operation:*").unmet(report()))
                .containsExactly("rawVerify: never called (POST /faceid/lite/raw/verify)",
                        "getBizToken: never called (POST /faceid/v3/sdk/get_biz_token)",
                        "getResult: never called (GET /faceid/lite/get_result)");
        assertThat(CoverageRequirement.parse("error:getResult/DATA_DESTROYED").unmet(report()))
                .containsExactly("getResult: error DATA_DESTROYED (403) never answered");
        assertThat(CoverageRequirement.parse("error:verify/billed").unmet(report()))
                .allMatch(line -> line.contains(", billed)"))
                .hasSize((int) contract.operation("verify").errors().all().stream().filter(e -> e.billed()).count());
        assertThat(CoverageRequirement.parse("field:verify/uuid").unmet(report()))
                .containsExactly("verify: field uuid never sent");
        assertThat(CoverageRequirement.parse("overall:1").unmet(report())).isEmpty();
        assertThat(CoverageRequirement.parse("overall:50").unmet(report())).singleElement().asString()
                .startsWith("overall coverage 2.").endsWith("is below the required 50%");
    }

    private CoverageReport report() {
        return coverage.report(Optional.empty());
    }
}
