package dev.faceidkit.sandbox.docs;

import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.portal.PortalChecks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the documentation portal as the sandbox serves it ({@code http://127.0.0.1:<port>/docs/index.html}) in
 * headless Chromium and runs the portal's browser checks ({@link PortalChecks}, from faceid-docs-portal's test-jar)
 * against it: every operation with its error codes, variants, examples and threshold guidance, every guide, the
 * downloads, and no request leaving the sandbox's origin. This is the build's one browser run: faceid-docs-portal's
 * own PortalBrowserTest runs only when asked for.
 *
 * <p>Needs Debian's Chromium at /usr/bin/chromium ({@code -Dfaceid.browser.path=...} for another); without it the
 * test fails with an install hint, or is skipped with {@code -Dfaceid.browser.required=false}. Screenshots go to
 * sandbox/target/screenshots/.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PortalServedBySandboxTest extends SandboxTestBase {

    @LocalServerPort
    private int port;

    private PortalChecks checks;

    @BeforeAll
    void launchBrowser() throws IOException {
        checks = PortalChecks.launch(URI.create("http://127.0.0.1:" + port + DocsPortalConfiguration.ENTRY),
                Path.of(System.getProperty("faceid.test.screenshots", "target/screenshots")));
    }

    @AfterAll
    void closeBrowser() {
        if (checks != null) {
            checks.close();
        }
    }

    @Test
    void everyOperationShowsItsErrorCodesVariantsExamplesAndThresholdGuidance() throws IOException {
        checks.everyOperationShowsItsErrorCodesVariantsExamplesAndThresholdGuidance();
    }

    @Test
    void everyGuideOpensFromTheSidebar() throws IOException {
        checks.everyGuideOpensFromTheSidebar();
    }

    @Test
    void theSandboxServingThePageIsItsFirstServer() throws IOException {
        checks.listsTheSandboxServingItFirst();
    }

    @Test
    void tryItSendsEveryOperationToTheSandbox() throws IOException {
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("try-it-upload", ".png");
        java.nio.file.Files.write(photo, portrait());
        checks.tryItSendsEveryOperationToTheSandboxServingIt(photo);
    }

    @Test
    void theFolderOpensThePage() throws IOException {
        checks.opensFrom(URI.create("http://127.0.0.1:" + port + "/docs"));
        checks.opensFrom(URI.create("http://127.0.0.1:" + port + DocsPortalConfiguration.PATH));
    }
}
