package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop load: {@code threads} clients, each sending its next request as soon as the previous answer is in,
 * for a fixed time. Each request is verify with probability {@code verifyShare}, else get_result, drawn from a
 * seeded random source per thread. Only the exchange itself is timed (preparing a request, such as taking a
 * biz_id from a pool, is not), and only exchanges that end before the deadline count. Each client thread has one
 * {@link KeepAliveConnection} to the target.
 */
public final class LoadDriver {

    public static final String VERIFY = "verify";
    public static final String GET_RESULT = "get_result";

    /** What one target (server) answers to. */
    public interface Target {
        String name();

        /** The loopback port the target listens on. */
        int port();

        /** The next request of {@code operation}, {@link #VERIFY} or {@link #GET_RESULT}, as it goes on the wire. */
        byte[] next(String operation) throws IOException, InterruptedException;
    }

    public record Settings(int threads, Duration duration, double verifyShare, long seed) {
    }

    /** The outcome of one run. */
    public record Result(String target, Duration duration, int threads, long[] sortedLatencyNanos,
                         Map<String, Long> byOperation, Map<String, Map<Integer, Long>> statuses,
                         Map<String, Long> errors) {

        public long requests() {
            return sortedLatencyNanos.length;
        }

        public double perSecond() {
            return requests() / (duration.toNanos() / 1e9);
        }

        /** The latency at quantile {@code q} (0..1), in milliseconds (nearest rank). */
        public double percentileMillis(double q) {
            if (sortedLatencyNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * sortedLatencyNanos.length);
            return sortedLatencyNanos[Math.max(0, Math.min(sortedLatencyNanos.length - 1, rank - 1))] / 1e6;
        }

        /** Answers outside 2xx, per operation and status. */
        public Map<String, Map<Integer, Long>> non2xx() {
            Map<String, Map<Integer, Long>> out = new TreeMap<>();
            statuses.forEach((operation, byStatus) -> byStatus.forEach((status, count) -> {
                if (status < 200 || status > 299) {
                    out.computeIfAbsent(operation, k -> new TreeMap<>()).put(status, count);
                }
            }));
            return out;
        }

        public long non2xxCount() {
            return non2xx().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LoadDriver() {
    }

    /** How long one exchange may take before it counts as a timeout. */
    static final int TIMEOUT_MILLIS = 10_000;

    public static Result run(Target target, Settings settings) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + settings.duration().toNanos();
        List<long[]> latencies = new ArrayList<>();
        Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
        Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(settings.threads());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            Random random = new Random(settings.seed() * 31 + t);
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(target.port(), TIMEOUT_MILLIS)) {
                    while (System.nanoTime() < end) {
                        String operation = random.nextDouble() < settings.verifyShare() ? VERIFY : GET_RESULT;
                        byte[] request;
                        try {
                            request = target.next(operation);
                        } catch (IOException e) {
                            errors.computeIfAbsent("prepare " + operation + ": " + e.getClass().getSimpleName(),
                                    k -> new LongAdder()).increment();
                            continue;
                        }
                        long sent = System.nanoTime();
                        try {
                            int status = connection.exchange(request);
                            long answered = System.nanoTime();
                            if (answered > end) {
                                break;
                            }
                            if (count[0] == mine[0].length) {
                                mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                            }
                            mine[0][count[0]++] = answered - sent;
                            byOperation.computeIfAbsent(operation, k -> new LongAdder()).increment();
                            statuses.computeIfAbsent(operation, k -> new ConcurrentHashMap<>())
                                    .computeIfAbsent(status, k -> new LongAdder()).increment();
                        } catch (SocketTimeoutException e) {
                            errors.computeIfAbsent(operation + " timeout", k -> new LongAdder()).increment();
                        } catch (IOException e) {
                            errors.computeIfAbsent(operation + " " + e.getClass().getSimpleName(), k -> new LongAdder())
                                    .increment();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    synchronized (latencies) {
                        latencies.add(Arrays.copyOf(mine[0], count[0]));
                    }
                    done.countDown();
                }
            }, "load-" + target.name() + "-" + t);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        Map<String, Long> operations = new TreeMap<>();
        byOperation.forEach((k, v) -> operations.put(k, v.sum()));
        Map<String, Map<Integer, Long>> statusCounts = new TreeMap<>();
        statuses.forEach((operation, byStatus) -> byStatus.forEach((status, n) ->
                statusCounts.computeIfAbsent(operation, k -> new TreeMap<>()).put(status, n.sum())));
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        return new Result(target.name(), settings.duration(), settings.threads(), all, operations, statusCounts,
                errorCounts);
    }
}
