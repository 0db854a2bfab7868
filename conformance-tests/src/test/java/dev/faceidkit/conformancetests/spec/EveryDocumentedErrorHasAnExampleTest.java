package dev.faceidkit.conformancetests.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Enumerates every error code the contract documents ({@code x-faceid-errors}, per operation and status) and
 * fails for each one, or each listed detail value, that lacks a named example.
 */
class EveryDocumentedErrorHasAnExampleTest {

    private final Contract contract = ContractBundle.get().contract();
    private final ErrorExampleCoverage coverage = new ErrorExampleCoverage(contract);

    @TestFactory
    Stream<DynamicTest> everyDocumentedErrorHasANamedExample() {
        return contract.documentedErrors().stream().map(error -> dynamicTest(error.label(),
                () -> assertThat(coverage.missingExamples(error)).isEmpty()));
    }

    @Test
    void everyErrorResponseHasACatalogueThatCoversItsExamples() {
        assertThat(coverage.catalogueProblems()).isEmpty();
    }

    @Test
    void theCatalogueIsNotEmpty() {
        // Guards the enumeration itself: a renamed extension would otherwise make every check above vacuous.
        assertThat(contract.documentedErrors()).hasSizeGreaterThan(50);
    }
}
