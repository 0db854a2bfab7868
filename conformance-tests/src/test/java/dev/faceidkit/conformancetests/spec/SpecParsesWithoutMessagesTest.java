package dev.faceidkit.conformancetests.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.conformancetests.contract.ContractBundle;
import org.junit.jupiter.api.Test;

/** Swagger Parser reads the published bundle without a single message (warnings included). */
class SpecParsesWithoutMessagesTest {

    @Test
    void bundleParsesWithoutMessages() {
        assertThat(ParserMessages.of(ContractBundle.get().yaml())).as("Swagger Parser messages").isEmpty();
    }

    @Test
    void bundleHasTheFourOperations() {
        assertThat(ContractBundle.get().contract().operations())
                .extracting(op -> op.id())
                .containsExactlyInAnyOrder("verify", "rawVerify", "getBizToken", "getResult");
    }
}
