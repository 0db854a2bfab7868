package dev.faceidkit.sandbox.docs;

import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.portal.PortalChecks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headless Chromium on the documentation portal as the sandbox serves it
 * ({@code http://127.0.0.1:<port>/docs/index.html}), with the portal's browser checks ({@link PortalChecks}, from faceid-test-support). This is the build's one browser
 * run: faceid-docs-portal's own PortalBrowserTest runs only when asked for. The checks are shared out over two test
 * classes so that the sandbox's two test JVMs run them side by side.
 *
 * <p>Needs Debian's Chromium at /usr/bin/chromium ({@code -Dfaceid.browser.path=...} for another); without it the
 * tests fail with an install hint, or are skipped with {@code -Dfaceid.browser.required=false}. Screenshots go to
 * sandbox/target/screenshots/.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ServedPortalInBrowser extends SandboxTestBase {

    @LocalServerPort
    protected int port;

    protected PortalChecks checks;

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
}
