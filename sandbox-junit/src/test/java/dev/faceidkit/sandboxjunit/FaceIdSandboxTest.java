package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.FaceImage;
import dev.faceidkit.sdk.VerifyRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The README's example, as a new user writes it, and what the extension promises around it. */
@FaceIdSandbox
class FaceIdSandboxTest {

    static final AtomicReference<URI> FIRST_SEEN = new AtomicReference<>();

    @Test
    void aVerifyAgainstTheSandboxAndWhatItReceived(FaceIdClient client, RecordedRequests requests) {
        VerifyResponse response = client.verify(VerifyRequest.builder()
                .comparison(Comparison.dataSource("张三", "11010519491231002X"))
                .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
                .build());

        assertThat(response.getResultFaceid().getConfidence())
                .isGreaterThan(response.getResultFaceid().getThresholds().getOneInAHundredThousand());
        RecordedRequest sent = requests.last().assertFollowsTheContract();
        assertThat(sent.operation()).isEqualTo("verify");
        assertThat(sent.fieldNames()).contains("comparison_type", "idcard_name", "face_token");
    }

    @Test
    void aRequestThatBreaksTheContractIsShownWithItsViolations(URI baseUrl, RecordedRequests requests)
            throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUrl.resolve("faceid/lite/get_result"
                + "?api_key=junit-key&api_secret=x&biz_id=b&return_image=9")).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        RecordedRequest sent = requests.withApiKey("junit-key").get(0);
        assertThat(sent.status()).isEqualTo(403);
        assertThat(sent.violations()).extracting(RecordedRequest.Violation::field).containsExactly("return_image");
        assertThatThrownBy(sent::assertFollowsTheContract).isInstanceOf(AssertionError.class)
                .hasMessageContaining("return_image");
    }

    @Test
    void oneSandboxServesTheWholeRun(RunningSandbox sandbox, URI baseUrl) {
        FIRST_SEEN.compareAndSet(null, baseUrl);
        assertThat(sandbox.baseUrl()).isEqualTo(baseUrl).isEqualTo(FIRST_SEEN.get());
        assertThat(baseUrl.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void clearingTheJournalEmptiesIt(RecordedRequests requests, FaceIdClient client) {
        requests.clear();
        assertThat(requests.all()).isEmpty();
    }

    /** A second class: the same sandbox, not a second start. */
    @FaceIdSandbox
    @org.junit.jupiter.api.Nested
    class AnotherClass {
        @Test
        void seesTheSameSandbox(URI baseUrl) {
            FIRST_SEEN.compareAndSet(null, baseUrl);
            assertThat(baseUrl).isEqualTo(FIRST_SEEN.get());
        }
    }
}
