package dev.faceidkit.sdk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.event.Level;

/** Every event logged during the tests, captured by {@link CapturingServiceProvider}. */
public final class CapturedLogs {

    /** One formatted log event. */
    public record Event(String logger, Level level, String message) {
    }

    private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
    }

    static void add(Event event) {
        EVENTS.add(event);
    }

    public static void clear() {
        EVENTS.clear();
    }

    public static List<Event> events(String logger) {
        return EVENTS.stream().filter(e -> e.logger().equals(logger)).collect(Collectors.toList());
    }

    public static List<String> messages(String logger) {
        return events(logger).stream().map(Event::message).collect(Collectors.toList());
    }
}
