package dev.faceidkit.sandbox.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sandbox.support.SandboxTestBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code java -jar faceid-sandbox.jar coverage} against a running sandbox: exit codes and what it prints. */
class CoverageCommandTest extends SandboxTestBase {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void unmetRequirementsExitOneListingTheGaps() {
        String key = unique("cli");
        http.get(getResultQuery(key, "wrong", "x"));

        int exit = run("--url=" + http.base(), "--api-key=" + key, "--require=operation:getResult",
                "--require=error:getResult/DATA_DESTROYED", "--require=success:getResult");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("coverage: 2 item(s) never exercised:",
                "  - getResult: error DATA_DESTROYED (403) never answered",
                "  - getResult: never answered with success").doesNotContain("never called");
        assertThat(out()).startsWith("# FaceID contract coverage of api_key `" + key + "`");
    }

    @Test
    void metRequirementsExitZeroAndJsonCanBeAskedFor() {
        String key = unique("cli");
        http.get(getResultQuery(key, "wrong", "x"));

        int exit = run("--url=" + http.base() + "/", "--api-key=" + key, "--format=json",
                "--require=error:getResult/AUTHENTICATION_ERROR");

        assertThat(exit).isZero();
        assertThat(out()).startsWith("{").contains("\"api_key\":\"" + key + "\"");
        assertThat(err()).contains("all 1 requirement(s) met");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("--require=nonsense")).isEqualTo(2);
        assertThat(err()).contains("Cannot read the coverage requirement 'nonsense'", "usage:");
        assertThat(run("--url=" + http.base(), "--require=operation:nope")).isEqualTo(2);
        assertThat(err()).contains("no operation 'nope'");
        assertThat(run("--url=http://127.0.0.1:1")).isEqualTo(2);
        assertThat(err()).contains("cannot read http://127.0.0.1:1/sandbox/coverage");
        assertThat(run("--colour=red")).isEqualTo(2);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CoverageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
