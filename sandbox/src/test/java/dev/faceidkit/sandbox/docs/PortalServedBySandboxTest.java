package dev.faceidkit.sandbox.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The portal the sandbox serves, in a browser: every guide opens from the sidebar, the sandbox serving the page is
 * its first server, "try it" sends every operation to that sandbox, and the folder opens the page. The operations'
 * pages: {@link PortalOperationsServedBySandboxTest}.
 */
class PortalServedBySandboxTest extends ServedPortalInBrowser {

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
        Path photo = Files.createTempFile("try-it-upload", ".png");
        Files.write(photo, portrait());
        checks.tryItSendsEveryOperationToTheSandboxServingIt(photo);
    }

    @Test
    void theFolderOpensThePage() throws IOException {
        checks.opensFrom(URI.create("http://127.0.0.1:" + port + "/docs"));
        checks.opensFrom(URI.create("http://127.0.0.1:" + port + DocsPortalConfiguration.PATH));
    }
}
