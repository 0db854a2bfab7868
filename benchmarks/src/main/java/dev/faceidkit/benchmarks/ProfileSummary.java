package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spent its CPU, from a Flight Recorder file: the share of execution samples per activity (the first
 * matching rule over the whole stack), the hottest methods by self samples, the hottest sandbox methods including
 * what they call, and the garbage collectors' pause time.
 */
final class ProfileSummary {

    /** Activities, first match wins; a rule matches when any frame's class name starts with one of its prefixes. */
    private static final Map<String, Predicate<String>> ACTIVITIES = new LinkedHashMap<>();

    static {
        ACTIVITIES.put("image decoding (javax.imageio, java.awt.image)",
                c -> c.startsWith("javax.imageio") || c.startsWith("com.sun.imageio") || c.startsWith("sun.awt.image")
                        || c.startsWith("java.awt.image"));
        ACTIVITIES.put("sandbox image analysis (dev.faceidkit.sandbox.image)", c -> c.startsWith("dev.faceidkit.sandbox.image"));
        ACTIVITIES.put("logging (logback, slf4j)", c -> c.startsWith("ch.qos.logback") || c.startsWith("org.slf4j"));
        ACTIVITIES.put("multipart parsing and upload files (fileupload, java.nio.file)",
                c -> c.startsWith("org.apache.commons.fileupload2") || c.startsWith("org.apache.commons.io")
                        || c.startsWith("sun.nio.fs") || c.startsWith("java.nio.file"));
        ACTIVITIES.put("JSON (jackson)", c -> c.startsWith("com.fasterxml.jackson"));
        ACTIVITIES.put("other sandbox code (dev.faceidkit)", c -> c.startsWith("dev.faceidkit"));
        ACTIVITIES.put("Spring MVC", c -> c.startsWith("org.springframework"));
        ACTIVITIES.put("Tomcat and socket I/O", c -> c.startsWith("org.apache.catalina") || c.startsWith("org.apache.coyote")
                || c.startsWith("org.apache.tomcat") || c.startsWith("sun.nio.ch"));
    }

    private ProfileSummary() {
    }

    static String of(Path recording, int top) throws IOException {
        Map<String, Integer> activities = new LinkedHashMap<>();
        ACTIVITIES.keySet().forEach(name -> activities.put(name, 0));
        activities.put("other (JDK, JIT-compiled glue)", 0);
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> sandboxInclusive = new HashMap<>();
        int samples = 0;
        Duration gcPauses = Duration.ZERO;
        int collections = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                collections++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String activity = "other (JDK, JIT-compiled glue)";
            search:
            for (Map.Entry<String, Predicate<String>> rule : ACTIVITIES.entrySet()) {
                for (RecordedFrame frame : frames) {
                    if (frame.isJavaFrame() && rule.getValue().test(frame.getMethod().getType().getName())) {
                        activity = rule.getKey();
                        break search;
                    }
                }
            }
            activities.merge(activity, 1, Integer::sum);
            frames.stream().filter(RecordedFrame::isJavaFrame).map(ProfileSummary::name)
                    .filter(n -> n.startsWith("dev.faceidkit")).distinct()
                    .forEach(n -> sandboxInclusive.merge(n, 1, Integer::sum));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "sandbox profile (Java Flight Recorder, measured run): %d CPU samples,"
                + " %d collections, %d ms of GC pauses%n", samples, collections, gcPauses.toMillis()));
        int total = Math.max(1, samples);
        out.append("by activity (first match over the stack):").append(System.lineSeparator());
        activities.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey())));
        out.append("hottest methods (self):").append(System.lineSeparator());
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey())));
        out.append("sandbox methods (including what they call):").append(System.lineSeparator());
        sandboxInclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top).forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n",
                        100.0 * e.getValue() / total, e.getKey())));
        return out.toString().stripTrailing();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
