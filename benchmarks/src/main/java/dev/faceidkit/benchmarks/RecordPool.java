package dev.faceidkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/** The sandbox's get_result records: fresh ones, each handed out three times (its read limit). */
final class RecordPool implements LoadTarget.BizIds {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final ConcurrentLinkedQueue<String> reads = new ConcurrentLinkedQueue<>();
    final LongAdder inlineCreations = new LongAdder();

    RecordPool(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    /** The next biz_id to read; when the pool has run dry, a record made on the spot (and counted). */
    @Override
    public String next() throws IOException, InterruptedException {
        String bizId = reads.poll();
        if (bizId == null) {
            bizId = createRecord();
            inlineCreations.increment();
            reads.add(bizId);
            reads.add(bizId);
        }
        return bizId;
    }

    /** Makes {@code count} docs-success records with {@code threads} parallel calls; each joins the pool 3 times. */
    void createRecords(int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, 8)));
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                created.add(pool.submit(this::createRecord));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : created) {
                ids.add(id.get());
            }
            for (int round = 0; round < 3; round++) {
                reads.addAll(ids);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String createRecord() throws IOException, InterruptedException {
        String boundary = "faceid-bench-record";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + LoadTarget.KEY
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"scenario\"\r\n\r\ndocs-success\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/lite/results"))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw new IOException("POST /sandbox/lite/results answered " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("biz_id").asText();
    }
}
