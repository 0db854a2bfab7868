package dev.faceidkit.sandbox.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sandbox.http.SandboxNoticeFilter;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documentation portal is served at /docs/ from the faceid-docs-portal jar, and nothing else about the sandbox's
 * paths changes: whatever is not a file of the portal is still the FaceID 404 {@code API_NOT_FOUND}. The portal in a
 * browser: {@link PortalServedBySandboxTest} and {@link PortalOperationsServedBySandboxTest}.
 */
class DocsPortalPathsTest extends SandboxTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/docs/"})
    void theFolderRedirectsToThePage(String path) {
        Reply reply = http.get(path);

        assertThat(reply.status()).as("%s", reply).isEqualTo(302);
        assertThat(URI.create(http.base() + path).resolve(reply.headers().firstValue("Location").orElseThrow()))
                .isEqualTo(URI.create(http.base() + "/docs/index.html"));
    }

    @Test
    void thePageIsTheOneInTheDocsPortalJar() throws IOException {
        Reply reply = http.get("/docs/index.html");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).isEqualTo(resource("META-INF/resources/docs/index.html"));
        assertThat(reply.headers().firstValue(SandboxNoticeFilter.HEADER)).hasValue(SandboxNoticeFilter.NOTICE);
        // Every portal version has the same jar timestamps (reproducible builds): nothing may be kept by a browser.
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(reply.headers().firstValue("Last-Modified")).isEmpty();
    }

    @Test
    void headOfThePageAnswersWithoutABody() {
        Reply reply = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/docs/index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"yaml, application/yaml", "json, application/json"})
    void theDownloadsAreTheBundleAsServedAtTheRoot(String extension, String contentType) throws IOException {
        Reply download = http.get("/docs/faceid-openapi." + extension);

        assertThat(download.status()).as("%s", download).isEqualTo(200);
        assertThat(download.contentType()).startsWith(contentType);
        assertThat(download.body()).isEqualTo(resource("META-INF/faceid/openapi/faceid-openapi." + extension))
                .isEqualTo(http.get("/openapi." + extension).body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/nonexistent", "/docs/nonexistent/", "/docs/index.htm", "/docs/docs/index.html",
        "/docs/META-INF/resources/docs/index.html", "/index.html", "/", "/faceid-openapi.yaml",
        "/META-INF/resources/docs/index.html", "/webjars/nothing.js"})
    void anythingElseIsStillTheVendorShaped404(String path) {
        Reply reply = http.get(path);

        conforming("verify", 404, reply);
        assertThat(reply.error()).isEqualTo("API_NOT_FOUND");
        assertThat(reply.text()).doesNotContain("Whitelabel");
    }

    @ParameterizedTest
    @CsvSource({"POST, /docs/index.html", "PUT, /docs/faceid-openapi.json", "DELETE, /docs", "POST, /docs/"})
    void otherMethodsAreApiNotFound(String method, String path) {
        Reply reply = http.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()));

        conforming("verify", 404, reply);
        assertThat(reply.error()).isEqualTo("API_NOT_FOUND");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocsPortalPathsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("%s on the classpath", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
