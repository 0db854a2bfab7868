package dev.faceidkit.sandbox.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GET /sandbox/requests: each request to a FaceID path with its fields (names, kinds, sizes, never a value but the
 * api_key), what was answered, and the contract violations found, also for requests the sandbox answered.
 */
class RequestJournalTest extends SandboxTestBase {

    @Test
    void aRequestWithKnownViolationsIsJournalledWithEachOfThem() {
        String key = unique("journal-key");
        http.post(VERIFY, credentials(key, "journal-secret").text("comparison_type", "1")
                .text("face_image_type", "raw_image").text("idcard_number", NORMAL_ID)
                .text("face_quality_threshold", "101").text("not_a_field", "x")
                .raw("image", "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .file("uuid", "uuid.txt", "u".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        JsonNode entry = only(journal("?api_key=" + encode(key)));
        assertThat(entry.path("method").asText()).isEqualTo("POST");
        assertThat(entry.path("path").asText()).isEqualTo(VERIFY);
        assertThat(entry.path("operation").asText()).isEqualTo("verify");
        // An unknown key is refused before the form is read; the journal still checks the form.
        assertThat(entry.path("status").asInt()).isEqualTo(403);
        assertThat(entry.path("error").asText()).isEqualTo("AUTHENTICATION_ERROR");
        assertThat(entry.path("api_key").asText()).isEqualTo(key);
        assertThat(violations(entry)).contains("idcard_name MISSING", "face_quality_threshold INVALID_VALUE",
                "not_a_field UNKNOWN_FIELD", "image WRONG_PART", "uuid WRONG_PART");
    }

    @Test
    void fieldsAreListedByNameKindAndSizeWithoutAnyValueButTheApiKey() {
        String key = unique("journal-fields");
        byte[] photo = portrait();
        http.post(VERIFY, credentials(key, "s3cret-value").text("comparison_type", "0")
                .text("face_image_type", "raw_image").text("uuid", "user-secret-uuid")
                .file("image_ref1", photo).file("image", photo));

        Reply reply = journal("?api_key=" + encode(key));
        JsonNode entry = only(reply);
        assertThat(reply.text()).doesNotContain("s3cret-value").doesNotContain("user-secret-uuid");
        List<String> fields = new ArrayList<>();
        entry.path("fields").forEach(f -> fields.add(f.path("name").asText() + " " + f.path("part").asText()));
        assertThat(fields).containsExactly("api_key TEXT", "api_secret TEXT", "comparison_type TEXT",
                "face_image_type TEXT", "uuid TEXT", "image_ref1 FILE", "image FILE");
        assertThat(entry.path("fields").get(5).path("size").asLong()).isEqualTo(photo.length);
        assertThat(entry.path("violations").size()).isZero();
    }

    @Test
    void aGetIsJournalledFromItsQueryAndTheJournalFiltersByOperation() {
        String key = unique("journal-get");
        http.get(getResultQuery(key, "x", "no-such-biz-id") + "&return_image=9");

        JsonNode entry = only(journal("?api_key=" + encode(key) + "&operation=getResult"));
        assertThat(entry.path("method").asText()).isEqualTo("GET");
        assertThat(violations(entry)).containsExactly("return_image INVALID_VALUE");
        assertThat(journal("?api_key=" + encode(key) + "&operation=verify").json().path("count").asInt()).isZero();
    }

    @Test
    void newestFirstAndDeleteRemovesWhatItsFiltersMatch() {
        String key = unique("journal-order");
        String other = unique("journal-other");
        http.get(getResultQuery(key, "x", "first"));
        http.post(RAW_VERIFY, credentials(key, "x"));
        http.get(getResultQuery(other, "x", "theirs"));

        JsonNode requests = journal("?api_key=" + encode(key)).json().path("requests");
        assertThat(requests.get(0).path("operation").asText()).isEqualTo("rawVerify");
        assertThat(requests.get(1).path("operation").asText()).isEqualTo("getResult");
        assertThat(journal("?api_key=" + encode(key) + "&limit=1").json().path("count").asInt()).isEqualTo(1);

        Reply deleted = delete("?api_key=" + encode(key) + "&operation=rawVerify");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("removed").asInt()).isEqualTo(1);
        assertThat(journal("?api_key=" + encode(key)).json().path("count").asInt()).isEqualTo(1);
        assertThat(delete("?api_key=" + encode(key)).json().path("removed").asInt()).isEqualTo(1);
        assertThat(journal("?api_key=" + encode(key)).json().path("count").asInt()).isZero();
        assertThat(journal("?api_key=" + encode(other)).json().path("count").asInt())
                .as("another key's entries stay").isEqualTo(1);
    }

    @Test
    void statusFilters() {
        String key = unique("journal-status");
        http.get(getResultQuery(key, "x", "b"));
        http.get(getResultQuery(KEY, SECRET, "no-such-biz-id-" + key));

        assertThat(journal("?api_key=" + encode(key) + "&status=403").json().path("count").asInt()).isEqualTo(1);
        assertThat(journal("?api_key=" + encode(key) + "&status=400").json().path("count").asInt()).isZero();
    }

    @Test
    void getBizTokenEntriesCarryTheKeyTheirSignNames() {
        String key = unique("journal-sign");
        http.post(BIZ_TOKEN, signed(key, "any-secret").text("liveness_type", "still").text("comparison_type", "0"));

        JsonNode entry = only(journal("?api_key=" + encode(key) + "&operation=getBizToken"));
        assertThat(entry.path("api_key").asText()).isEqualTo(key);
        assertThat(entry.path("status").asInt()).isEqualTo(403);
    }

    @Test
    void filtersTheJournalCannotMatchAreRefusedInTheSandboxsShape() {
        for (String query : List.of("?operation=nope", "?status=4x", "?status=99", "?limit=0", "?limit=-1",
                "?limit=abc", "?limit=1.5", "?apikey=k", "?api_key=a&api_key=b", "?api_key=", "?operation=")) {
            Reply reply = http.get("/sandbox/requests" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().path("sandbox_error").asText()).as(query).isNotEmpty();
        }
        assertThat(delete("?limit=1").status()).as("DELETE takes no limit").isEqualTo(400);
        assertThat(delete("?operation=nope").status()).isEqualTo(400);
    }

    @Test
    void otherMethodsAre405WithTheMethodsAllowed() {
        for (String method : List.of("PUT", "POST", "PATCH")) {
            Reply reply = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/sandbox/requests"))
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(reply.status()).as(method).isEqualTo(405);
            assertThat(reply.header("Allow")).as(method).contains("GET").contains("DELETE");
            assertThat(reply.json().path("sandbox_error").asText()).contains(method);
        }
    }

    @Test
    void aFieldOfAnAlternativeNotChosenIsReportedAsIgnoredWithWhy() {
        String key = unique("journal-ignored");
        http.post(VERIFY, credentials(key, "x").text("comparison_type", "1").text("face_image_type", "facetoken")
                .text("idcard_name", NORMAL_NAME).text("idcard_number", NORMAL_ID).text("face_token", "t")
                .text("face_quality_threshold", "101"));

        JsonNode violation = only(journal("?api_key=" + encode(key))).path("violations").get(0);
        assertThat(violation.path("field").asText()).isEqualTo("face_quality_threshold");
        assertThat(violation.path("type").asText()).isEqualTo("IGNORED_FIELD");
        assertThat(violation.path("message").asText()).contains("face_image_type=raw_image")
                .contains("chose face_image_type=facetoken").contains("ignored")
                .contains("integer from 0 to 100");
    }

    private Reply delete(String query) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + "/sandbox/requests" + query)).DELETE());
    }

    private Reply journal(String query) {
        Reply reply = http.get("/sandbox/requests" + query);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static JsonNode only(Reply reply) {
        JsonNode requests = reply.json().path("requests");
        assertThat(requests.size()).as(reply.text()).isEqualTo(1);
        return requests.get(0);
    }

    private static List<String> violations(JsonNode entry) {
        List<String> found = new ArrayList<>();
        entry.path("violations").forEach(v -> found.add(v.path("field").asText() + " " + v.path("type").asText()));
        return found;
    }
}
