package dev.faceidkit.docsportal;

import dev.faceidkit.testsupport.portal.PortalChecks;
import dev.faceidkit.testsupport.portal.StaticSiteServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The {@link PortalChecks} browser checks, run from this module only when asked for: by default they run once per
 * build, in faceid-sandbox's {@code PortalServedBySandboxTest}, against the portal as the sandbox serves it from this
 * module's jar (the way readers get it). Here they run, and otherwise this class is reported skipped,
 * <ul>
 *   <li>with {@code -Dfaceid.portal.url=http://host:port/docs/index.html} (reaching the test JVM as
 *       {@code faceid.test.portalUrl}): against a portal served elsewhere, for example a running sandbox's; or
 *   <li>with the profile {@code -Pportal-browser} (or {@code -Dfaceid.portal.browser=true}): against this module's
 *       build output, served from a free loopback port by {@link StaticSiteServer} at /docs/index.html, as Spring
 *       Boot serves the jar. Useful while working on the portal without building the sandbox.
 * </ul>
 * The fast static checks ({@link PortalFilesTest}, {@link SigningGuideTest}) always run. Screenshots go to
 * target/screenshots/. A missing /usr/bin/chromium fails with an install hint unless
 * {@code -Dfaceid.browser.required=false}; {@code -Dfaceid.browser.path=...} uses another Chromium.
 */
@TestInstance(Lifecycle.PER_CLASS)
@EnabledIf(value = "asked", disabledReason = "the portal's browser checks run in faceid-sandbox (PortalServedBySandboxTest);"
        + " -Pportal-browser or -Dfaceid.portal.url=... runs them here")
class PortalBrowserTest {

    private StaticSiteServer server;
    private PortalChecks checks;

    static boolean asked() {
        return !portalUrl().isEmpty() || Boolean.parseBoolean(System.getProperty("faceid.test.browser", "false").trim());
    }

    private static String portalUrl() {
        return System.getProperty("faceid.test.portalUrl", "").trim();
    }

    @BeforeAll
    void startPortalAndBrowser() throws IOException {
        URI portal;
        if (portalUrl().isEmpty()) {
            server = StaticSiteServer.start(Path.of(System.getProperty("faceid.test.siteRoot",
                    "target/classes/META-INF/resources")));
            portal = server.origin().resolve("/docs/index.html");
        } else {
            portal = URI.create(portalUrl());
        }
        checks = PortalChecks.launch(portal,
                Path.of(System.getProperty("faceid.test.screenshots", "target/screenshots")));
    }

    @AfterAll
    void stop() {
        if (checks != null) {
            checks.close();
        }
        if (server != null) {
            System.out.println("PortalBrowserTest: the loopback server answered " + server.served());
            server.close();
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
}
