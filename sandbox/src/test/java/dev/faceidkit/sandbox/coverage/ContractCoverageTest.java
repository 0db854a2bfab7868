package dev.faceidkit.sandbox.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.DocumentedError;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.contractmodel.ReceivedRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counting: variants from the model's selectors, billed flags and rows from the catalogue, fields, keys. */
class ContractCoverageTest {

    private final Contract contract = Contract.bundled();
    private final Operation verify = contract.operation("verify");
    private final ContractCoverage coverage = new ContractCoverage(contract, 1000);

    @Test
    void aVariantIsSeenWhenItsSelectorValueChoseIt() {
        record("team-a", new ReceivedRequest().text("comparison_type", "1").text("face_image_type", "meglive"),
                400, "MISSING_ARGUMENTS: idcard_name");

        CoverageReport.OperationCoverage op = coverage.report(Optional.empty()).operation("verify");
        assertThat(op.variants()).filteredOn(CoverageReport.VariantCoverage::seen)
                .extracting(CoverageReport.VariantCoverage::selection)
                .containsExactlyInAnyOrder("comparison_type=1", "face_image_type=meglive");
        assertThat(op.variants()).extracting(CoverageReport.VariantCoverage::name)
                .as("every alternative of every group, from the model")
                .containsExactlyElementsOf(verify.variantGroups().stream()
                        .flatMap(g -> g.variants().stream()).map(v -> v.name()).toList());
    }

    @Test
    void errorsAreTheCatalogueRowsWithTheirBillingAndSeenByCodeAndStatus() {
        record("team-a", new ReceivedRequest(), 400, "NO_SUCH_ID_NUMBER");
        record("team-a", new ReceivedRequest(), 413, "Request Entity Too Large");
        record("team-a", new ReceivedRequest(), 400, "BAD_ARGUMENTS:uuid");

        List<CoverageReport.ErrorCoverage> errors = coverage.report(Optional.empty()).operation("verify").errors();
        assertThat(errors).hasSize(verify.errors().all().size());
        for (int i = 0; i < errors.size(); i++) {
            DocumentedError documented = verify.errors().all().get(i);
            assertThat(errors.get(i).code()).isEqualTo(documented.code());
            assertThat(errors.get(i).status()).isEqualTo(documented.status());
            assertThat(errors.get(i).billed()).as(documented.code()).isEqualTo(documented.billed());
        }
        assertThat(errors).filteredOn(CoverageReport.ErrorCoverage::seen)
                .extracting(e -> e.code() + " " + e.status())
                .containsExactlyInAnyOrder("NO_SUCH_ID_NUMBER 400", "REQUEST_ENTITY_TOO_LARGE 413", "BAD_ARGUMENTS 400");
        assertThat(errors).filteredOn(e -> e.code().equals("NO_SUCH_ID_NUMBER")).first()
                .satisfies(e -> assertThat(e.billed()).isTrue());
    }

    @Test
    void anUndocumentedAnswerMarksNoError() {
        record("team-a", new ReceivedRequest(), 418, "TEAPOT");

        CoverageReport report = coverage.report(Optional.empty());
        assertThat(report.totals().errors().seen()).isZero();
        assertThat(report.operation("verify").requests()).isEqualTo(1);
    }

    @Test
    void fieldsCountWhenSentWithAValueAndOnlyOptionalOnesAreListed() {
        record("team-a", new ReceivedRequest().text("api_key", "team-a").text("uuid", "u").text("image_ref2", "")
                .file("image_ref1", 10), 200, null);

        CoverageReport.OperationCoverage op = coverage.report(Optional.empty()).operation("verify");
        assertThat(op.fields()).extracting(CoverageReport.FieldCoverage::name).doesNotContain("api_key", "api_secret");
        assertThat(op.fields()).filteredOn(CoverageReport.FieldCoverage::sent)
                .extracting(CoverageReport.FieldCoverage::name).containsExactlyInAnyOrder("uuid", "image_ref1");
        assertThat(op.success().seen()).isTrue();
    }

    @Test
    void keysAreCountedApartAndResetApart() {
        record("team-a", new ReceivedRequest(), 200, null);
        record("team-b", new ReceivedRequest(), 403, "AUTHENTICATION_ERROR");
        coverage.record(null, Optional.empty(), new ReceivedRequest(), 404, "API_NOT_FOUND", true);

        assertThat(coverage.report(Optional.of("team-a")).operation("verify").requests()).isEqualTo(1);
        assertThat(coverage.report(Optional.of("team-b")).totals().successes().seen()).isZero();
        assertThat(coverage.report(Optional.empty()).operation("verify").requests()).isEqualTo(2);
        assertThat(coverage.report(Optional.empty()).unmatchedRequests()).isEqualTo(1);

        coverage.reset(Optional.of("team-a"));
        assertThat(coverage.report(Optional.empty()).operation("verify").requests()).isEqualTo(1);
        coverage.reset(Optional.empty());
        assertThat(coverage.report(Optional.empty()).totals().overall().seen()).isZero();
        assertThat(coverage.report(Optional.empty()).unmatchedRequests()).isZero();
    }

    @Test
    void keysBeyondTheLimitCountUnderNoKey() {
        ContractCoverage small = new ContractCoverage(contract, 1);
        small.record("first", Optional.of(verify), new ReceivedRequest(), 200, null, true);
        small.record("second", Optional.of(verify), new ReceivedRequest(), 200, null, true);

        assertThat(small.report(Optional.of("second")).operation("verify").requests()).isZero();
        assertThat(small.report(Optional.empty()).operation("verify").requests()).isEqualTo(2);
    }

    @Test
    void totalsAddUpEveryKind() {
        record("team-a", new ReceivedRequest().text("comparison_type", "0"), 200, null);

        CoverageReport.Totals totals = coverage.report(Optional.empty()).totals();
        assertThat(totals.operations()).isEqualTo(CoverageReport.Ratio.of(1, contract.operations().size()));
        assertThat(totals.overall().documented()).isEqualTo(totals.operations().documented()
                + totals.variants().documented() + totals.fields().documented() + totals.errors().documented()
                + totals.successes().documented());
        // The operation, its success and one variant (comparison_type is always required, so no optional field).
        assertThat(totals.overall().seen()).isEqualTo(3);
    }

    private void record(String apiKey, ReceivedRequest request, int status, String error) {
        coverage.record(apiKey, Optional.of(verify), request, status, error, true);
    }
}
