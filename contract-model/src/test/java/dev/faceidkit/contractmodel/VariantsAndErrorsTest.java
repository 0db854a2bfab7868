package dev.faceidkit.contractmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantsAndErrorsTest {

    private final Contract contract = Contract.bundled();

    @Test
    void variantGroupsAreReadFromTheRequestSchemas() {
        assertThat(contract.operation("verify").variantGroups()).extracting(VariantGroup::selector)
                .containsExactly("comparison_type", "face_image_type");
        assertThat(contract.operation("rawVerify").variantGroups()).extracting(VariantGroup::selector)
                .containsExactly("comparison_type");
        assertThat(contract.operation("getBizToken").variantGroups()).extracting(VariantGroup::selector)
                .containsExactly("comparison_type", "liveness_type");
        VariantGroup comparison = contract.operation("verify").variantGroup("comparison_type");
        Variant dataSource = comparison.select("1").orElseThrow();
        assertThat(dataSource.name()).isEqualTo("DataSourceComparison");
        assertThat(dataSource.requiredFields()).containsExactly("idcard_name", "idcard_number");
        assertThat(comparison.select("2")).isEmpty();
        assertThat(contract.operation("verify").field("delta").requiredIn()).extracting(Variant::selection)
                .containsExactly("face_image_type=meglive");
    }

    @Test
    void theErrorCatalogueCarriesStatusWordingAndBilling() {
        ErrorCatalogue errors = contract.operation("verify").errors();
        DocumentedError noFace = errors.get("NO_FACE_FOUND");
        assertThat(noFace.status()).isEqualTo(400);
        assertThat(noFace.format("image")).isEqualTo("NO_FACE_FOUND: image");
        assertThat(noFace.isBilled("image")).isFalse();
        assertThat(noFace.isBilled("data_source")).isTrue();
        assertThat(errors.get("NO_SUCH_ID_NUMBER").isBilled(null)).isTrue();
        assertThat(contract.operation("getBizToken").errors().get("BAD_ARGUMENTS").format("sign_version"))
                .isEqualTo("BAD_ARGUMENTS: sign_version");
    }

    @Test
    void aRequestIsCheckedInContractOrder() {
        Operation verify = contract.operation("verify");
        ReceivedRequest request = new ReceivedRequest().text("api_key", "k").text("api_secret", "s")
                .text("comparison_type", "1").text("face_image_type", "facetoken").text("idcard_number", "123")
                .file("face_token", 10).text("surprise", "x");
        assertThat(verify.check(request)).extracting(Violation::field, Violation::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idcard_name", Violation.Type.MISSING),
                org.assertj.core.groups.Tuple.tuple("idcard_number", Violation.Type.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("face_token", Violation.Type.WRONG_PART),
                org.assertj.core.groups.Tuple.tuple("surprise", Violation.Type.UNKNOWN_FIELD));
        assertThat(verify.check(request).get(0).message()).isEqualTo("idcard_name is required for comparison_type=1");
    }
}
