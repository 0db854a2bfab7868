package dev.faceidkit.sandbox.docs;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The portal the sandbox serves shows every operation with its error codes, variants, examples and threshold
 * guidance (the longest of the browser checks, so it has a test class, and a test JVM, of its own).
 */
class PortalOperationsServedBySandboxTest extends ServedPortalInBrowser {

    @Test
    void everyOperationShowsItsErrorCodesVariantsExamplesAndThresholdGuidance() throws IOException {
        checks.everyOperationShowsItsErrorCodesVariantsExamplesAndThresholdGuidance();
    }
}
