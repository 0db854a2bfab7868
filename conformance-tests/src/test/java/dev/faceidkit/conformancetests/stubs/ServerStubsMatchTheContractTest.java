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
 * The generated Spring interfaces take every form field and query parameter of the original contract (not the
 * codegen view) under its wire name, files as {@code @RequestPart MultipartFile}, with {@code required=true}
 * exactly on the fields every variant requires.
 */
class ServerStubsMatchTheContractTest {

    private final Contract contract = ContractBundle.get().contract();
    private final SpecFields fields = new SpecFields(contract);

    @TestFactory
    Stream<DynamicTest> everyOperationsFieldsAreParameters() {
        return contract.operations().stream().map(op -> dynamicTest(op.label(), () -> assertThat(StubCheck.server(
                fields.of(op), ServerStubParameters.of(GeneratedInterfaces.method(GeneratedInterfaces.SERVER, op.id()))))
                .isEmpty()));
    }
}
