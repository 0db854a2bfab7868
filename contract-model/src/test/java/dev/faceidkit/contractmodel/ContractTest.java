package dev.faceidkit.contractmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractTest {

    private final Contract contract = Contract.bundled();

    @Test
    void readsTheFourOperationsOfTheBundleOnTheClasspath() {
        assertThat(contract.location()).isEqualTo("classpath:" + Contract.BUNDLE_RESOURCE);
        assertThat(contract.version()).isNotBlank();
        assertThat(contract.operations()).extracting(Operation::id)
                .containsExactly("verify", "rawVerify", "getBizToken", "getResult");
        assertThat(contract.operationAt("/faceid/lite/get_result")).map(Operation::method).hasValue("GET");
        assertThat(contract.operation("getBizToken").takesForm()).isTrue();
        assertThat(contract.operation("getResult").takesForm()).isFalse();
    }

    @Test
    void theServersAreReadInDocumentOrder() {
        assertThat(contract.defaultServerUrl()).isEqualTo("https://api.megvii.com");
        assertThat(contract.serverUrls()).hasSize(2).element(1).isEqualTo("https://{host}");
    }

    @Test
    void responseValueListsAndBilledCodesAreReadFromTheSchemas() {
        assertThat(contract.listedValues("RawVerifyLiveness", "procedure_validation")).startsWith("PASSED")
                .contains("SELFIE_METADATA_INCONSISTENT");
        assertThat(contract.listedValues("RawVerifyLiveness", "face_genuineness")).contains("PASSED", "FACEGEN");
        assertThat(contract.billedCodes("LiteVerifyResult", "error_message")).isNotEmpty();
        assertThatThrownBy(() -> contract.listedValues("RawVerifyLiveness", "no_such_property"))
                .isInstanceOf(ContractException.class).hasMessageContaining("no_such_property");
    }

    @Test
    void anUnknownOperationIsAClearError() {
        assertThatThrownBy(() -> contract.operation("nope")).isInstanceOf(ContractException.class)
                .hasMessageContaining("no operation nope");
    }

    @Test
    void requestLimitsAndErrorKeysComeFromTheResponses() {
        assertThat(contract.operation("verify").maxRequestBytes()).hasValue(2L * 1024 * 1024);
        assertThat(contract.operation("getBizToken").maxRequestBytes()).hasValue(20L * 1024 * 1024);
        assertThat(contract.operation("getResult").maxRequestBytes()).isEmpty();
        assertThat(contract.operation("getBizToken").errorKey()).isEqualTo("error");
        assertThat(contract.operation("verify").errorKey()).isEqualTo("error_message");
    }

    @Test
    void everyDocumentedCodeIsInTheContractWideSet() {
        assertThat(contract.errorCodes()).contains("MISSING_ARGUMENTS", "BAD_ARGUMENTS", "NO_FACE_FOUND",
                "REQUEST_ENTITY_TOO_LARGE", "API_NOT_FOUND", "DATA_DESTROYED");
        contract.operations().forEach(op -> assertThat(contract.errorCodes()).containsAll(op.errors().codes()));
    }
}
