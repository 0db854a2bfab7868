package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The state rules hold exactly when many requests race: started together, counted after. */
class ConcurrentStateTest extends SandboxTestBase {

    private static final int THREADS = 64;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void sixtyFourParallelReadsOfOneResultLetExactlyThreeThrough() throws Exception {
        String bizId = newResult(KEY, "docs-success");

        Map<String, Long> outcomes = race(THREADS, () -> http.get(getResultQuery(KEY, SECRET, bizId)), this::outcome);

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("200", 3L, "403 DATA_DESTROYED", 61L));
    }

    @Test
    void aBizTokenStartsExactlyOneSession() throws Exception {
        Reply issued = http.post(BIZ_TOKEN, bizTokenForm());
        assertThat(issued.status()).as("%s", issued).isEqualTo(200);
        String token = issued.json().path("biz_token").asText();

        Map<String, Long> outcomes = race(32, () -> http.post("/sandbox/biz-tokens/" + encode(token) + "/consume",
                Form.of()), reply -> Integer.toString(reply.status()));

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("200", 1L, "409", 31L));
    }

    @Test
    void aDeltaCheckedForReuseIsAcceptedExactlyOnce() throws Exception {
        Form form = credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive")
                .text("uuid", "user-10001").file("image_ref1", portrait()).file("image_best", portrait())
                .text("delta", unique("delta")).text("check_delta", "1");

        Map<String, Long> outcomes = race(32, () -> http.post(VERIFY, form), this::outcome);

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("200", 1L, "400 DELTA_USED", 31L));
    }

    @Test
    void aMegLiveFlashResultIsAcceptedExactlyOnce() throws Exception {
        byte[] file = http.post("/sandbox/meglive-flash-results", Form.of()).body();
        Form form = credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive_flash")
                .text("uuid", "user-10001").file("image_ref1", portrait()).file("meglive_flash_result", file);

        Map<String, Long> outcomes = race(32, () -> http.post(VERIFY, form), this::outcome);

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("200", 1L, "400 MEGLIVE_BIZ_NO_USED", 31L));
    }

    @Test
    void aKeyWithOneSlotRunsExactlyOneCallAtATime() throws Exception {
        Map<String, Long> outcomes = race(16, () -> http.get(
                getResultQuery("sandbox-single-call-key", "sandbox-single-call-secret", "x"),
                "X-FaceID-Sandbox-Delay-Ms", "1000"), this::outcome);

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
                Map.of("400 RESULT_NOT_FOUND", 1L, "403 CONCURRENCY_LIMIT_EXCEEDED", 15L));
    }

    private String outcome(Reply reply) {
        return reply.status() == 200 ? "200" : reply.status() + " " + reply.error();
    }

    /** Runs {@code call} on {@code count} threads released at once; counts the outcomes. */
    private Map<String, Long> race(int count, Supplier<Reply> call, Function<Reply, String> outcome) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> {
            ready.countDown();
            go.await();
            return call.get();
        })).toList();
        ready.await();
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            results.add(outcome.apply(reply.get()));
        }
        return results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
