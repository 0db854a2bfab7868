package dev.faceidkit.contractgate.cli;

import dev.faceidkit.contractgate.ContractGate;
import dev.faceidkit.contractgate.ContractInputException;
import dev.faceidkit.contractgate.model.GateResult;
import dev.faceidkit.contractgate.output.JsonReport;
import dev.faceidkit.contractgate.output.LogReport;
import dev.faceidkit.contractgate.output.MarkdownReport;
import dev.faceidkit.contractgate.release.Paths;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line. Exit status 0: no breaking change (or accepted: major version raised, or override); 1: the
 * gate failed (a breaking change, or a release rule); 2: bad usage or input (one line on stderr, no stack trace).
 *
 * <p>With a report file, the report goes there and the log lines to stdout; without one, the report (in
 * {@code --format}) goes to stdout and the log lines to stderr, so that {@code --format json} can be piped.
 */
public final class Main {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        // openapi-diff logs through SLF4J (slf4j-simple here): only its warnings, before any logger exists.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(Arguments.USAGE);
            return PASSED;
        }
        Arguments arguments;
        ContractGate.Options options;
        boolean json;
        try {
            arguments = Arguments.parse(args);
            json = arguments.jsonFormat();
            Path report = arguments.path("report");
            options = new ContractGate.Options(arguments.path("candidate"), arguments.path("baseline"),
                    arguments.text("project-version"), arguments.text("allow-breaking"),
                    json ? null : report, arguments.path("changelog"), arguments.path("spec-properties"));
        } catch (UsageException e) {
            err.println(LogReport.PREFIX + "error: " + e.getMessage());
            err.println(LogReport.PREFIX + Arguments.USAGE);
            return USAGE;
        }
        try {
            GateResult result = ContractGate.run(options);
            Path report = arguments.path("report");
            Path markdownReport = arguments.path("markdown-report");
            Path jsonReport = arguments.path("json-report");
            if (json && report != null) {
                JsonReport.write(result, options.projectVersion(), report);
            }
            if (markdownReport != null) {
                MarkdownReport.write(result, options.projectVersion(), markdownReport);
            }
            if (jsonReport != null) {
                JsonReport.write(result, options.projectVersion(), jsonReport);
            }
            boolean toFile = report != null || markdownReport != null || jsonReport != null;
            PrintStream log = toFile ? out : err;
            log.print(LogReport.render(result, options.projectVersion()));
            for (Path file : new Path[] {report, markdownReport, jsonReport}) {
                if (file != null) {
                    log.println(LogReport.PREFIX + "report: " + Paths.display(file));
                }
            }
            if (!toFile) {
                out.print(json ? JsonReport.render(result, options.projectVersion()) : MarkdownReport.render(result, options.projectVersion()));
            }
            return result.passed() ? PASSED : FAILED;
        } catch (ContractInputException e) {
            err.println(LogReport.PREFIX + "error: " + e.getMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            err.println(LogReport.PREFIX + "error: could not compare the contracts: " + e);
            return USAGE;
        }
    }
}
