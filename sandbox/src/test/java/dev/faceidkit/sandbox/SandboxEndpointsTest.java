package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Reply;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract is served as bundled; the sandbox's own endpoints list and hand out its test inputs. */
class SandboxEndpointsTest extends SandboxTestBase {

    @ParameterizedTest
    @CsvSource({"/openapi.yaml, yaml, application/yaml", "/openapi.json, json, application/json"})
    void theBundledContractIsServedAsIs(String path, String extension, String contentType) throws Exception {
        byte[] bundled;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/faceid/openapi/faceid-openapi." + extension)) {
            bundled = in.readAllBytes();
        }

        Reply reply = http.get(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith(contentType);
        assertThat(reply.body()).isEqualTo(bundled);
    }

    @Test
    void fixturesListEverythingButSecrets() {
        Reply reply = http.get("/sandbox/fixtures");
        JsonNode fixtures = reply.json();

        assertThat(reply.text()).doesNotContain(SECRET).doesNotContain("api_secret");
        assertThat(fixtures.path("accounts").findValuesAsText("api_key")).contains(KEY, "sandbox-test-key");
        assertThat(fixtures.path("identities").findValuesAsText("idcard_number")).contains(NORMAL_ID);
        assertThat(fixtures.path("raw_tokens").findValuesAsText("token")).contains(SIDE_FACE_TOKEN);
        assertThat(fixtures.path("lite_results").findValuesAsText("biz_id")).contains("sandbox-docs-success");
        assertThat(fixtures.path("test_images").size()).isEqualTo(8);
        assertThat(http.get("/sandbox").json().path("notice").asText()).contains("test server");
    }

    @ParameterizedTest
    @CsvSource({
        "two-faces, MULTIPLE_FACES: image", "low-quality, LOW_QUALITY", "rotated-90, NO_FACE_FOUND: image",
        "oversized, INVALID_IMAGE_SIZE: image"})
    void theReadyMadeTestImagesMeanWhatTheySay(String image, String error) {
        byte[] png = http.get("/sandbox/images/" + image + ".png").body();

        assertThat(http.post(VERIFY, verifyForm().file("image", png)).error()).isEqualTo(error);
    }

    @Test
    void everyIdentityHasAPhotoAndUnknownOnesDoNot() {
        for (JsonNode identity : http.get("/sandbox/fixtures").json().path("identities")) {
            Reply photo = http.get(identity.path("photo").asText());
            assertThat(photo.status()).isEqualTo(200);
            assertThat(photo.contentType()).isEqualTo("image/png");
        }
        assertThat(http.get("/sandbox/identities/330106197508154687/photo.png").status()).isEqualTo(404);
        assertThat(http.get("/sandbox/images/purple.png").status()).isEqualTo(404);
    }

    @Test
    void everyResponseSaysItComesFromATestServer() {
        assertThat(http.get("/openapi.json").headers().firstValue("X-FaceID-Sandbox").orElse(""))
                .contains("test server");
    }
}
