package dev.faceidkit.conformancetests.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.function.Executable;

/**
 * What the conformance tests found, per example and per documented error, collected while they run and
 * written out by {@link ConformanceReportListener} when the test plan ends. One per test JVM.
 */
public final class ConformanceLedger {

    /** The outcome of one check of one example. */
    public record ExampleResult(String operationId, ExampleCheck check, String example, boolean passed,
                                String problem) {
    }

    /** A documented error the sandbox produced with a documented status and a valid body. */
    public record ErrorReached(String operationId, int status, String code, String detail) {
    }

    private static final List<ExampleResult> EXAMPLES = new ArrayList<>();
    private static final Set<ErrorReached> ERRORS = ConcurrentHashMap.newKeySet();

    private ConformanceLedger() {
    }

    /** Runs one example check, records whether it passed, and lets its failure through to JUnit. */
    public static void check(String operationId, ExampleCheck check, String example, Executable body)
            throws Throwable {
        try {
            body.execute();
            record(new ExampleResult(operationId, check, example, true, null));
        } catch (Throwable failure) {
            record(new ExampleResult(operationId, check, example, false, summary(failure)));
            throw failure;
        }
    }

    public static void errorReached(String operationId, int status, String code, String detail) {
        ERRORS.add(new ErrorReached(operationId, status, code, detail));
    }

    public static synchronized List<ExampleResult> examples() {
        return List.copyOf(EXAMPLES);
    }

    public static Set<ErrorReached> errorsReached() {
        return Set.copyOf(ERRORS);
    }

    private static synchronized void record(ExampleResult result) {
        EXAMPLES.add(result);
    }

    /** The failure message on one line, shortened: enough for the report, the full text is in surefire's. */
    private static String summary(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).replaceAll("\\s+", " ").strip();
        return message.length() <= 400 ? message : message.substring(0, 400) + "...";
    }
}
