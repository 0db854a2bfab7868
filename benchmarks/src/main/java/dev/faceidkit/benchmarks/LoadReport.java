package dev.faceidkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the load benchmark prints: its header, each round's table per target, the warm-up's course and the
 * summary against the targets of issue 14.
 */
final class LoadReport {

    static final int WARM_SLICE_SECONDS = 5;
    private static final double P99_TARGET_MILLIS = 20;

    private LoadReport() {
    }

    /** How the sandbox's warm-up went: per slice, the share of its CPU the JIT compilers took. */
    record WarmUp(Duration spent, List<Double> jitShares, boolean settled, double settledShare, double peakPace) {
        @Override
        public String toString() {
            StringBuilder shares = new StringBuilder();
            for (double share : jitShares) {
                shares.append(shares.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f%%", share * 100));
            }
            return String.format(Locale.ROOT, "%d s in %d s slices, JIT share of the sandbox's CPU per slice: %s; %s",
                    spent.toSeconds(), WARM_SLICE_SECONDS, shares, settled
                            ? String.format(Locale.ROOT, "settled (at most %.0f%%)", settledShare * 100)
                            : String.format(Locale.ROOT, "NOT settled (above %.0f%% when the warm-up limit came)",
                            settledShare * 100));
        }
    }

    /** One round: each image mode measured on the sandbox, then on Prism. */
    static final class Round {

        final int number;
        final Map<Images, Measured> sandbox = new EnumMap<>(Images.class);
        final Map<Images, Measured> prism = new EnumMap<>(Images.class);
        final Map<Images, Long> inline = new EnumMap<>(Images.class);

        Round(int number) {
            this.number = number;
        }

        void add(Images mode, Measured onSandbox, Measured onPrism, long inlineRecords) {
            sandbox.put(mode, onSandbox);
            prism.put(mode, onPrism);
            inline.put(mode, inlineRecords);
        }

        double ratio(Images mode) {
            return sandbox.get(mode).result().perSecond() / prism.get(mode).result().perSecond();
        }

        String report() {
            StringBuilder out = new StringBuilder();
            sandbox.keySet().forEach(mode -> {
                out.append(String.format(Locale.ROOT, "round %d, %s photos:%n", number, mode.label()));
                out.append(LoadReport.report(List.of(sandbox.get(mode), prism.get(mode))))
                        .append(System.lineSeparator());
                out.append("sandbox JVM CPU by thread: ").append(sandbox.get(mode).threadSplit())
                        .append(System.lineSeparator());
                if (inline.get(mode) > 0) {
                    out.append(String.format("note: the get_result pool ran dry; %d records were made during the"
                            + " measured run (outside the timed exchanges)%n", inline.get(mode)));
                }
                out.append(String.format(Locale.ROOT, "ratio sandbox/prism: %.1f%n", ratio(mode)));
            });
            return out.toString().stripTrailing();
        }
    }

    /**
     * A measured run with the CPU time the server and this client (the load generator) used meanwhile, and the
     * server's CPU by kind of thread with the JIT compilers' share of it (from /proc; none for Node's threads).
     */
    record Measured(LoadDriver.Result result, Duration serverCpu, Duration clientCpu, String threadSplit,
                    double jitShare) {
    }

    static String header(int threads, Duration warmup, Duration measured, double verifyShare, List<Images> modes,
                         int rounds) {
        StringBuilder photos = new StringBuilder();
        modes.forEach(mode -> photos.append(photos.isEmpty() ? "" : "; ").append(mode.label()).append(": ")
                .append(mode.description()));
        return String.format(Locale.ROOT,
                "FaceID load benchmark (loopback only): the sandbox vs a Prism mock of the same contract%n"
                        + "mix: %.0f%% verify (comparison_type=0, raw_image, two %s photos) / %.0f%% get_result"
                        + " (docs-success); %d client threads, closed loop%n"
                        + "photos: %s%n"
                        + "runs: sandbox warm-up of at least %d s until its JIT settles, Prism warm-up %d s per photo"
                        + " mode, then %d rounds of %d s per target and photo mode%n"
                        + "date: %s; machine: %d cores, %s %s, Java %s; load average at start %.2f",
                verifyShare * 100, LoadTarget.IDENTITY, (1 - verifyShare) * 100, threads, photos, warmup.toSeconds(),
                warmup.toSeconds(), rounds, measured.toSeconds(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }


    static String report(List<Measured> runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s %9s %9s %8s %8s %8s %11s %8s %7s %13s %13s%n", "target",
                "requests", "req/s", "p50 ms", "p99 ms", "verify", "get_result", "non-2xx", "errors",
                "server cpu s", "client cpu s"));
        for (Measured run : runs) {
            LoadDriver.Result r = run.result();
            out.append(String.format(Locale.ROOT, "%-8s %9d %9.1f %8.2f %8.2f %8d %11d %8d %7d %13.1f %13.1f%n",
                    r.target(), r.requests(), r.perSecond(), r.percentileMillis(0.50), r.percentileMillis(0.99),
                    r.byOperation().getOrDefault(LoadDriver.VERIFY, 0L),
                    r.byOperation().getOrDefault(LoadDriver.GET_RESULT, 0L), r.non2xxCount(), r.errorCount(),
                    run.serverCpu().toMillis() / 1000.0, run.clientCpu().toMillis() / 1000.0));
        }
        for (Measured run : runs) {
            LoadDriver.Result r = run.result();
            out.append(String.format(Locale.ROOT, "%s: statuses %s; server CPU per request %.2f ms",
                    r.target(), r.statuses(), r.requests() == 0 ? 0.0 : run.serverCpu().toNanos() / 1e6 / r.requests()));
            if (r.non2xxCount() > 0) {
                out.append("; non-2xx ").append(r.non2xx());
            }
            if (r.errorCount() > 0) {
                out.append("; errors ").append(r.errors());
            }
            out.append(System.lineSeparator());
        }
        return out.toString().stripTrailing();
    }

    /** Every round's ratio, the sandbox's p99 and JIT share, against the targets. */
    static String summary(List<Round> rounds, List<Images> modes, WarmUp warmUp) {
        StringBuilder out = new StringBuilder("summary (targets from issue 14; figures of this run):")
                .append(System.lineSeparator());
        if (warmUp != null) {
            out.append("  warm-up: ").append(warmUp.settled() ? "settled" : "NOT settled").append(" after ")
                    .append(warmUp.spent().toSeconds()).append(" s").append(System.lineSeparator());
        }
        for (Images mode : modes) {
            List<Double> ratios = new ArrayList<>();
            List<Double> p99s = new ArrayList<>();
            List<Double> jit = new ArrayList<>();
            for (Round round : rounds) {
                if (round.sandbox.containsKey(mode)) {
                    ratios.add(round.ratio(mode));
                    p99s.add(round.sandbox.get(mode).result().percentileMillis(0.99));
                    jit.add(round.sandbox.get(mode).jitShare() * 100);
                }
            }
            if (ratios.isEmpty()) {
                continue;
            }
            double target = mode.targetRatio();
            out.append(String.format(Locale.ROOT, "  %-8s ratio sandbox/prism %s (range %.1f-%.1f; target >= %.0f: %s)"
                            + "; sandbox p99 ms %s (target < %.0f: %s); JIT share of sandbox CPU %% %s%n",
                    mode.label(), list(ratios, "%.1f"), min(ratios), max(ratios), target,
                    min(ratios) >= target ? "met" : "NOT met", list(p99s, "%.1f"), P99_TARGET_MILLIS,
                    max(p99s) < P99_TARGET_MILLIS ? "met" : "NOT met", list(jit, "%.0f")));
        }
        return out.toString().stripTrailing();
    }

    private static String list(List<Double> values, String format) {
        StringBuilder out = new StringBuilder();
        values.forEach(v -> out.append(out.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, format, v)));
        return "[" + out + "]";
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

}
