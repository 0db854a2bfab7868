package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.http.SandboxHttp;
import dev.faceidkit.testsupport.process.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast start as users run it, after the build laid it out (failsafe, integration-test): the README's command
 * {@code sandbox/target/faceid-sandbox-<version>/bin/faceid-sandbox}, and the tar.gz distribution unpacked elsewhere
 * and started with only a JDK on the PATH. Every documented setting still works with the bean definitions fixed at
 * build time (Spring AOT): SERVER_PORT and SERVER_ADDRESS, an extra YAML file, an account from environment
 * variables, faceid.sandbox.* arguments and a changed contract copy (faceid.sandbox.contract).
 */
class FastStartIT {

    private static final Path DISTRIBUTION = Path.of(System.getProperty("faceid.test.distribution"));
    private static final Path TARBALL = Path.of(System.getProperty("faceid.test.distributionTarball"));
    private static final String NOTICE = "faceid-sandbox:";
    private static final String BIZ_TOKEN = "/faceid/v3/sdk/get_biz_token";

    @TempDir
    Path work;

    @Test
    void theReadmeCommandStartsFromBuildTimeDefinitionsAndTheBuildsArchive() throws Exception {
        int port = FreePort.find();
        try (Started sandbox = start(DISTRIBUTION, List.of(), Map.of("SERVER_PORT", Integer.toString(port),
                "SERVER_ADDRESS", "127.0.0.1"), port)) {
            assertThat(sandbox.http.get("/sandbox").json().path("notice").asText()).contains("test server");
            assertThat(sandbox.log()).contains("Starting AOT-processed FaceIdSandboxApplication")
                    .as("no notice: the build made the archive for this JVM").doesNotContain(NOTICE);
        }
    }

    @Test
    void documentedSettingsWorkUnderTheFastStart() throws Exception {
        Path yaml = work.resolve("extra.yaml");
        Files.writeString(yaml, """
                faceid:
                  sandbox:
                    journal:
                      size: 2
                    accounts:
                      yaml-team:
                        api-key: yaml-team-key
                        api-secret: yaml-team-secret
                """);
        Path contract = work.resolve("widened.json");
        Files.writeString(contract, FollowsTheContractTest.widenedCopy().toString());
        int port = FreePort.find();
        List<String> arguments = List.of("--server.port=" + port,
                "--spring.config.additional-location=file:" + yaml, "--faceid.sandbox.contract=" + contract);
        Map<String, String> environment = Map.of("FACEID_SANDBOX_ACCOUNTS_ENVTEAM_APIKEY", "env-team-key",
                "FACEID_SANDBOX_ACCOUNTS_ENVTEAM_APISECRET", "env-team-secret");
        try (Started sandbox = start(DISTRIBUTION, arguments, environment, port)) {
            JsonNode fixtures = sandbox.http.get("/sandbox/fixtures").json();
            assertThat(fixtures.path("accounts").findValuesAsText("api_key"))
                    .contains("yaml-team-key", "env-team-key", "example-api-key");
            assertThat(sandbox.http.get("/sandbox/requests").json().path("capacity").asInt()).isEqualTo(2);
            // liveness_timeout 90 is outside the bundled contract and inside the widened copy.
            Reply widened = sandbox.http.post(BIZ_TOKEN, bizTokenForm("env-team-key", "env-team-secret")
                    .text("liveness_timeout", "90"));
            assertThat(widened.status()).as(widened.text()).isEqualTo(200);
        }
    }

    @Test
    void theUnpackedDistributionMakesItsArchiveAtTheFirstStartOnlyWithNothingButAJdkOnThePath() throws Exception {
        Process untar = new ProcessBuilder("tar", "-xzf", TARBALL.toString(), "-C", work.toString()).inheritIO().start();
        assertThat(untar.waitFor()).isZero();
        Path unpacked;
        try (Stream<Path> dirs = Files.list(work)) {
            unpacked = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(unpacked.resolve("cds")).as("no archive is shipped").doesNotExist();
        String jdkBin = Path.of(System.getProperty("java.home"), "bin").toString();
        Map<String, String> onlyAJdk = new LinkedHashMap<>();
        onlyAJdk.put("PATH", jdkBin);
        onlyAJdk.put("HOME", work.toString());

        int port = FreePort.find();
        try (Started first = start(unpacked, List.of("--server.port=" + port), onlyAJdk, port)) {
            assertThat(first.log().lines().filter(line -> line.startsWith(NOTICE)).toList())
                    .as("one line says the first start makes the archive").hasSize(1)
                    .first().asString().contains("class-data archive");
        }
        try (Started second = start(unpacked, List.of("--server.port=" + port), onlyAJdk, port)) {
            assertThat(second.log()).doesNotContain(NOTICE);
            assertThat(second.http.get("/sandbox").status()).isEqualTo(200);
        }
        try (Stream<Path> archives = Files.list(unpacked.resolve("cds"))) {
            assertThat(archives.filter(p -> p.toString().endsWith(".jsa"))).hasSize(1);
        }
    }

    private static Form bizTokenForm(String key, String secret) {
        return Form.of().text("sign", BizTokenSigner.builder().apiKey(key).apiSecret(secret).build().sign().sign())
                .text("sign_version", "hmac_sha1").text("liveness_type", "still").text("comparison_type", "1")
                .text("idcard_name", "张三").text("idcard_number", "11010519491231002X");
    }

    private Started start(Path distribution, List<String> arguments, Map<String, String> environment, int port)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(distribution.resolve("bin/faceid-sandbox").toString()));
        command.addAll(arguments);
        Path log = Files.createTempFile(work, "sandbox", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (environment.containsKey("PATH")) {
            builder.environment().clear();
        }
        builder.environment().putAll(environment);
        Started started = new Started(builder.start(), new SandboxHttp(port), log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(started.process.isAlive()).as("the sandbox exited:%n%s", started.log()).isTrue();
            try {
                started.http.get("/sandbox");
                return started;
            } catch (RuntimeException notYet) {
                Thread.sleep(50);
            }
        }
        started.close();
        throw new AssertionError("no answer within 90 s:\n" + started.log());
    }

    private record Started(Process process, SandboxHttp http, Path logFile) implements AutoCloseable {
        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
