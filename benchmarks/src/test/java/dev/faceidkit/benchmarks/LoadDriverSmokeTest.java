package dev.faceidkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark's harness for one second against an in-process stub on loopback, so that it cannot rot
 * between benchmark runs: the mix, the timing, the record pool with its three reads per record, the report.
 * Starts neither the sandbox nor Prism.
 */
class LoadDriverSmokeTest {

    private HttpServer stub;
    private final AtomicInteger created = new AtomicInteger();
    private final Map<String, AtomicInteger> readsPerRecord = new ConcurrentHashMap<>();
    private final Set<Integer> verifyBodies = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        stub.setExecutor(Executors.newFixedThreadPool(4));
        stub.createContext("/faceid/v2/verify", exchange -> {
            verifyBodies.add(Arrays.hashCode(exchange.getRequestBody().readAllBytes()));
            answer(exchange, 200, "{\"request_id\":\"stub\"}");
        });
        stub.createContext("/faceid/lite/get_result", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String bizId = query.substring(query.indexOf("biz_id=") + "biz_id=".length());
            int reads = readsPerRecord.computeIfAbsent(bizId, k -> new AtomicInteger()).incrementAndGet();
            // Chunked, where verify has a Content-Length: the load generator's connection must read both.
            answerChunked(exchange, reads <= 3 ? 200 : 403,
                    reads <= 3 ? "{\"status\":\"OK\"}" : "{\"error_message\":\"DATA_DESTROYED\"}");
        });
        stub.createContext("/sandbox/lite/results", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 201, "{\"biz_id\":\"stub-" + created.incrementAndGet() + "\"}");
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    @Test
    void theHarnessDrivesTheMixForOneSecondAndReports() throws Exception {
        String base = "http://127.0.0.1:" + stub.getAddress().getPort();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        RecordPool records = new RecordPool(client, base);
        records.createRecords(20, 4);
        LoadTarget target = new LoadTarget("sandbox",
                stub.getAddress().getPort(), "not really a photo".getBytes(StandardCharsets.UTF_8),
                Images.UNIQUE, records);

        LoadDriver.Result result = LoadDriver.run(target, new LoadDriver.Settings(4, Duration.ofSeconds(1), 0.7, 1));

        assertThat(result.requests()).isPositive();
        assertThat(result.perSecond()).isPositive();
        assertThat(result.byOperation()).containsOnlyKeys(LoadDriver.VERIFY, LoadDriver.GET_RESULT);
        assertThat(result.errorCount()).as("%s", result.errors()).isZero();
        // Every record is read at most three times, so the stub never answers DATA_DESTROYED.
        assertThat(result.non2xxCount()).as("%s", result.non2xx()).isZero();
        assertThat(readsPerRecord.values()).allSatisfy(reads -> assertThat(reads.get()).isBetween(1, 3));
        // Images.UNIQUE: no two verify bodies alike (the stub also saw the exchanges cut off at the deadline).
        assertThat((long) verifyBodies.size()).isGreaterThanOrEqualTo(result.byOperation().get(LoadDriver.VERIFY));
        assertThat(result.percentileMillis(0.5)).isPositive().isLessThanOrEqualTo(result.percentileMillis(0.99));

        LoadReport.Measured measured = new LoadReport.Measured(result,
                Duration.ofMillis(1500), Duration.ofMillis(500), "JIT compilers 0.1 s (7%)", 0.07);
        String report = LoadReport.report(List.of(measured));
        assertThat(report).startsWith("target").contains("sandbox").contains("req/s").contains("p99 ms")
                .contains("server CPU per request");

        // The summary lists every round's ratio and judges the range against the mode's target.
        LoadReport.Round round = new LoadReport.Round(1);
        round.add(Images.UNIQUE, measured, measured, 0);
        String summary = LoadReport.summary(List.of(round, round),
                List.of(Images.UNIQUE), null);
        assertThat(summary).contains("unique   ratio sandbox/prism [1.0, 1.0] (range 1.0-1.0; target >= 10: NOT met)")
                .contains("JIT share of sandbox CPU % [7, 7]");
        assertThat(round.report()).contains("round 1, unique photos:").contains("ratio sandbox/prism: 1.0");
    }

    @Test
    void repeatedImagesAreOneRequestAndUniqueImagesDifferOnlyAfterThePhoto() {
        byte[] photo = "photo".getBytes(StandardCharsets.UTF_8);
        VerifyRequests repeated =
                new VerifyRequests(8080, photo, Images.REPEATED);
        VerifyRequests unique =
                new VerifyRequests(8080, photo, Images.UNIQUE);

        assertThat(repeated.next()).isSameAs(repeated.next());
        byte[] first = unique.next();
        byte[] second = unique.next();
        assertThat(first).hasSameSizeAs(second).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).startsWith("POST /faceid/v2/verify HTTP/1.1\r\n")
                .contains("photo");
    }

    private static void answerChunked(com.sun.net.httpserver.HttpExchange exchange, int status, String json)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, 0);
        exchange.getResponseBody().write(json.getBytes(StandardCharsets.UTF_8));
        exchange.close();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
