package dev.faceidkit.conformancetests.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import org.junit.jupiter.api.Test;

/**
 * The spec checks fail on the mutations they exist for, applied to a copy of the real bundle: a changed field
 * type, a removed error example, an extra required field, a dangling reference. Without this, a check that
 * silently finds nothing (say, after a path in the document moved) would pass forever.
 */
class SpecChecksBiteTest {

    private static final String SCHEMAS = "/components/schemas/";
    private final Contract contract = ContractBundle.get().contract();

    @Test
    void theUnchangedBundleHasNoProblem() {
        assertThat(new ExampleSchemaCheck(contract).problems()).isEmpty();
        assertThat(new ErrorExampleCoverage(contract).problems()).isEmpty();
    }

    @Test
    void aChangedResponseFieldTypeMakesItsExamplesInvalid() {
        Contract broken = contract.mutated(tree ->
                ((ObjectNode) tree.at(SCHEMAS + "VerifyResponse/properties/time_used")).put("type", "string"));
        assertThat(new ExampleSchemaCheck(broken).problems()).anyMatch(p -> p.contains("time_used"));
    }

    @Test
    void aChangedRequestFieldTypeMakesTheRequestExamplesInvalid() {
        Contract broken = contract.mutated(tree ->
                ((ObjectNode) tree.at(SCHEMAS + "VerifyRequest/properties/comparison_type")).put("type", "integer"));
        assertThat(new ExampleSchemaCheck(broken).problems())
                .anyMatch(p -> p.startsWith("verify request ") && p.contains("comparison_type"));
    }

    @Test
    void aRemovedErrorExampleIsReported() {
        Contract broken = contract.mutated(tree -> ((ObjectNode) tree.at(
                "/paths/~1faceid~1v2~1verify/post/responses/400/content/application~1json/examples"))
                .remove("LOW_QUALITY"));
        assertThat(new ErrorExampleCoverage(broken).problems()).contains("verify 400 LOW_QUALITY: no named example");
    }

    @Test
    void aRemovedDetailExampleIsReported() {
        Contract broken = contract.mutated(tree -> ((ObjectNode) tree.at(
                "/paths/~1faceid~1v2~1verify/post/responses/403/content/application~1json/examples"))
                .remove("AUTHORIZATION_ERROR_Denied"));
        assertThat(new ErrorExampleCoverage(broken).problems())
                .contains("verify 403 AUTHORIZATION_ERROR: no named example with detail 'Denied.'");
    }

    @Test
    void anExtraRequiredRequestFieldMakesTheRequestExamplesInvalid() {
        Contract broken = contract.mutated(tree ->
                ((ArrayNode) tree.at(SCHEMAS + "RawVerifyRequest/required")).add("liveness_hint"));
        assertThat(new ExampleSchemaCheck(broken).problems())
                .anyMatch(p -> p.startsWith("rawVerify request ") && p.contains("liveness_hint"));
    }

    @Test
    void anExtraRequiredResponseFieldMakesTheResponseExamplesInvalid() {
        Contract broken = contract.mutated(tree ->
                ((ArrayNode) tree.at(SCHEMAS + "BizTokenResponse/required")).add("biz_no"));
        assertThat(new ExampleSchemaCheck(broken).problems())
                .anyMatch(p -> p.startsWith("getBizToken 200 docs_success") && p.contains("biz_no"));
    }

    @Test
    void aDanglingReferenceIsAParserMessage() throws Exception {
        Contract broken = contract.mutated(tree -> ((ObjectNode) tree.at(SCHEMAS + "VerifyResponse/properties/faces"))
                .removeAll().put("$ref", "#/components/schemas/NoSuchFace"));
        assertThat(ParserMessages.of(new YAMLMapper().writeValueAsString(broken.tree()))).isNotEmpty();
    }
}
