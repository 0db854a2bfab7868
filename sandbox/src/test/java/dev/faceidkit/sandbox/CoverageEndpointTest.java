package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET and DELETE /sandbox/coverage over HTTP: a known mix of requests, compared code by code and variant by variant. */
class CoverageEndpointTest extends SandboxTestBase {

    @Test
    void aKnownMixShowsUpVariantByVariantAndCodeByCode() {
        String key = addAccount();
        http.post(VERIFY, credentials(key, "s3cret").text("comparison_type", "0").text("face_image_type", "raw_image")
                .text("uuid", "u-1").file("image_ref1", portrait()).file("image", portrait()));
        http.post(VERIFY, credentials(key, "s3cret").text("comparison_type", "1").text("face_image_type", "raw_image")
                .text("idcard_name", NORMAL_NAME).text("idcard_number", "110105194912310021").file("image", portrait()));
        http.post(VERIFY, credentials(key, "wrong-secret").text("comparison_type", "0"));
        http.get(getResultQuery(key, "s3cret", "no-such-record"));
        // Clearing the journal leaves the counts alone.
        http.send(HttpRequest.newBuilder(URI.create(http.base() + "/sandbox/requests?api_key=" + key)).DELETE());

        JsonNode report = http.get("/sandbox/coverage?api_key=" + key).json();

        assertThat(report.path("api_key").asText()).isEqualTo(key);
        JsonNode verify = operation(report, "verify");
        assertThat(verify.path("requests").asInt()).isEqualTo(3);
        assertThat(verify.path("success").path("seen").asBoolean()).isTrue();
        assertThat(seen(verify.path("variants"), "selection"))
                .containsExactlyInAnyOrder("comparison_type=0", "comparison_type=1", "face_image_type=raw_image");
        assertThat(seen(verify.path("errors"), "code")).containsExactlyInAnyOrder("INVALID_IDCARD_NUMBER",
                "AUTHENTICATION_ERROR");
        assertThat(seen(verify.path("fields"), "name")).contains("uuid", "idcard_name", "image_ref1")
                .doesNotContain("api_key");
        JsonNode getResult = operation(report, "getResult");
        assertThat(seen(getResult.path("errors"), "code")).containsExactly("RESULT_NOT_FOUND");
        assertThat(getResult.path("success").path("seen").asBoolean()).isFalse();
        assertThat(report.path("totals").path("operations").path("seen").asInt()).isEqualTo(2);
        assertThat(report.path("totals").path("operations").path("documented").asInt()).isEqualTo(4);
    }

    @Test
    void markdownListsTheGapsFirstWithTheTestInputThatReachesThem() {
        String key = addAccount();
        http.get(getResultQuery(key, "s3cret", "no-such-record"));

        Reply byAccept = http.get("/sandbox/coverage?api_key=" + key, "Accept", "text/markdown");
        Reply byFormat = http.get("/sandbox/coverage?format=markdown&api_key=" + key);

        assertThat(byAccept.contentType()).startsWith("text/markdown");
        assertThat(byFormat.text()).isEqualTo(byAccept.text());
        String markdown = byAccept.text();
        assertThat(markdown.indexOf("## Gaps")).isLessThan(markdown.indexOf("## Exercised"));
        assertThat(markdown).contains("| `getResult` | error | `DATA_DESTROYED` (403) never answered | [GET /faceid/lite/"
                + "get_result — get_result](" + http.base() + "/sandbox/test-inputs.md#get-faceidliteget_result--get_result)");
        assertThat(markdown).contains("| `getResult` | error | `RESULT_NOT_FOUND` (400) | 1 |");
        assertThat(http.get("/sandbox/test-inputs.md").text()).contains("## GET /faceid/lite/get_result — get_result");
    }

    @Test
    void deleteForgetsOneKeyOrEverything() {
        String key = addAccount();
        String other = addAccount();
        http.get(getResultQuery(key, "s3cret", "x"));
        http.get(getResultQuery(other, "s3cret", "x"));

        assertThat(delete("/sandbox/coverage?api_key=" + key).status()).isEqualTo(204);

        assertThat(operation(http.get("/sandbox/coverage?api_key=" + key).json(), "getResult").path("requests")
                .asInt()).isZero();
        assertThat(operation(http.get("/sandbox/coverage?api_key=" + other).json(), "getResult").path("requests")
                .asInt()).isEqualTo(1);
    }

    @Test
    void badParametersAreRefusedWithTheReason() {
        assertThat(http.get("/sandbox/coverage?bogus=1").json().path("sandbox_error").asText())
                .contains("unknown parameter 'bogus'");
        assertThat(http.get("/sandbox/coverage?format=xml").status()).isEqualTo(400);
        assertThat(http.get("/sandbox/coverage?api_key=").status()).isEqualTo(400);
        assertThat(http.get("/sandbox/coverage?api_key=a&api_key=b").status()).isEqualTo(400);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/sandbox/coverage"))
                .PUT(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(405);
    }

    private String addAccount() {
        String key = unique("coverage");
        Reply added = http.post("/sandbox/accounts", "application/x-www-form-urlencoded",
                ("api_key=" + encode(key) + "&api_secret=s3cret").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return key;
    }

    private Reply delete(String path) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + path)).DELETE());
    }

    private static JsonNode operation(JsonNode report, String operationId) {
        for (JsonNode op : report.path("operations")) {
            if (op.path("operation_id").asText().equals(operationId)) {
                return op;
            }
        }
        throw new AssertionError("no " + operationId + " in " + report);
    }

    private static List<String> seen(JsonNode items, String name) {
        List<String> seen = new ArrayList<>();
        items.forEach(item -> {
            if (item.path("seen").asBoolean() || item.path("sent").asBoolean()) {
                seen.add(item.path(name).asText());
            }
        });
        return seen;
    }
}
