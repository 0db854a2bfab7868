package dev.faceidkit.conformancetests.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.SpecFields;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated Retrofit interfaces have one positional parameter per field of the original contract: the
 * always-required ones first, then the others, each group in the contract's order (what OpenAPI Generator
 * does with its default sortParamsByRequiredFlag=true); text fields as {@code @Part("wire_name")}, queries as
 * {@code @Query("wire_name")}, files as unnamed {@code MultipartBody.Part} matched by position.
 */
class ClientInterfacesMatchTheContractTest {

    private final Contract contract = ContractBundle.get().contract();
    private final SpecFields fields = new SpecFields(contract);

    @TestFactory
    Stream<DynamicTest> everyOperationsFieldsArePositionalParameters() {
        return contract.operations().stream().map(op -> dynamicTest(op.label(), () -> assertThat(StubCheck.client(
                fields.of(op), ClientStubParameters.of(GeneratedInterfaces.method(GeneratedInterfaces.CLIENT, op.id()))))
                .isEmpty()));
    }
}
