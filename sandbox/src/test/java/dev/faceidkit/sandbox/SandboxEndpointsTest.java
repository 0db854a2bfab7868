package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Reply;
import java.io.InputStream;
import java.util.List;
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
        assertThat(http.get("/sandbox").json().path("journal").toString()).contains("/sandbox/requests");
        assertThat(http.get("/sandbox").json().path("accounts").toString()).contains("POST /sandbox/accounts");
    }

    @Test
    void anAccountAddedForATestCallsWithItsOwnPermissionsUntilRemoved() {
        String key = unique("added");
        Reply added = postForm("api_key=" + encode(key)
                + "&api_secret=s3cret&data_source_comparison=false&denied_apis=getResult&concurrency_limit=1");
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(added.text()).doesNotContain("s3cret");
        assertThat(added.json().path("denied_apis").toString()).contains("get-result");
        assertThat(postForm("api_key=" + encode(key) + "&api_secret=x").status())
                .as("a key in use").isEqualTo(409);

        Reply refused = http.post(VERIFY, credentials(key, "s3cret").text("comparison_type", "1")
                .text("face_image_type", "raw_image").text("idcard_name", NORMAL_NAME)
                .text("idcard_number", NORMAL_ID).file("image", portrait()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error_message").asText()).contains("AUTHORIZATION_ERROR");
        assertThat(http.get(getResultQuery(key, "s3cret", "any")).json().path("error_message").asText())
                .contains("AUTHORIZATION_ERROR");
        assertThat(http.get("/sandbox/fixtures").json().path("accounts").findValuesAsText("api_key")).contains(key);

        assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base()
                + "/sandbox/accounts/" + encode(key))).DELETE()).status()).isEqualTo(204);
        assertThat(http.get(getResultQuery(key, "s3cret", "any")).json().path("error_message").asText())
                .isEqualTo("AUTHENTICATION_ERROR");
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base()
                + "/sandbox/accounts/" + KEY)).DELETE()).status()).as("a configured account stays").isEqualTo(409);
    }

    private Reply postForm(String form) {
        return http.post("/sandbox/accounts", "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anAccountWithBadSettingsIsRefusedWithTheReason() {
        for (String form : List.of("api_key=k1", "api_key=k2&api_secret=s&concurrency_limit=0",
                "api_key=k3&api_secret=s&denied_apis=nope", "api_key=k4&api_secret=s&discontinued=yes",
                "api_key=k5&api_secret=s&call_limit=-1")) {
            Reply reply = postForm(form);
            assertThat(reply.status()).as(form).isEqualTo(400);
            assertThat(reply.json().path("sandbox_error").asText()).as(form).isNotEmpty();
        }
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
