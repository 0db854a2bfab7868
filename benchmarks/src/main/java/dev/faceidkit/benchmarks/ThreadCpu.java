package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time per thread of a process, from Linux's /proc (empty elsewhere): taken before and after a run, the
 * difference says how much of a JVM's CPU went to request threads, garbage collection and the JIT compilers,
 * which a sampling profiler of Java code does not show.
 */
final class ThreadCpu {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux
    private static final String JIT = "JIT compilers";

    private final Map<Long, String> names;
    private final Map<Long, Long> ticks;

    private ThreadCpu(Map<Long, String> names, Map<Long, Long> ticks) {
        this.names = names;
        this.ticks = ticks;
    }

    static ThreadCpu of(long pid) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(names, ticks);
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    names.put(tid, stat.substring(open + 1, close));
                    ticks.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            return new ThreadCpu(names, ticks);
        }
        return new ThreadCpu(names, ticks);
    }

    /** CPU seconds per kind of thread between {@code before} and this snapshot, largest first. */
    String since(ThreadCpu before) {
        Map<String, Long> byKind = new HashMap<>();
        ticks.forEach((tid, now) -> byKind.merge(kind(names.get(tid)), now - before.ticks.getOrDefault(tid, 0L),
                Long::sum));
        long total = Math.max(1, byKind.values().stream().mapToLong(Long::longValue).sum());
        Map<String, Long> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        StringBuilder out = new StringBuilder();
        sorted.forEach((kind, t) -> out.append(String.format(Locale.ROOT, "%s%s %.1f s (%.0f%%)",
                out.isEmpty() ? "" : ", ", kind, t / (double) TICKS_PER_SECOND, 100.0 * t / total)));
        return out.isEmpty() ? "not available (no /proc)" : out.toString();
    }

    /** The share of this process's CPU since {@code before} that went to the JIT compiler threads (0 without /proc). */
    double jitShareSince(ThreadCpu before) {
        long total = 0;
        long jit = 0;
        for (Map.Entry<Long, Long> thread : ticks.entrySet()) {
            long used = thread.getValue() - before.ticks.getOrDefault(thread.getKey(), 0L);
            total += used;
            if (JIT.equals(kind(names.get(thread.getKey())))) {
                jit += used;
            }
        }
        return total == 0 ? 0 : jit / (double) total;
    }

    private static String kind(String name) {
        if (name == null) {
            return "other";
        }
        if (name.startsWith("http-nio")) {
            return "Tomcat threads (requests)";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "GC and VM";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return JIT;
        }
        return "other";
    }
}
