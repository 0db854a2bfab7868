package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.sandbox.http.SandboxNoticeFilter;
import dev.faceidkit.sandbox.support.ContractSchemas;
import dev.faceidkit.sandbox.support.RawExchange;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests Tomcat refuses before the sandbox runs get the operation's JSON error body and the notice header, never
 * Tomcat's HTML page (D-59).
 */
class ContainerAnswersTest extends SandboxTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractSchemas SCHEMAS = new ContractSchemas();
    private ExecutorService readers;
    private RawExchange wire;

    @BeforeEach
    void open() {
        readers = Executors.newCachedThreadPool();
        wire = new RawExchange(http.port(), Duration.ofSeconds(10), readers);
    }

    @AfterEach
    void close() {
        readers.shutdownNow();
    }

    @Test
    void anOverLongHeaderOnVerifyGetsVerifysErrorShape() throws Exception {
        RawExchange.Response response = send("POST", VERIFY, List.of("X-Padding: " + "p".repeat(9 * 1024)));

        JsonNode body = json(response);
        assertThat(response.status()).isEqualTo(400);
        assertThat(body.path("error_message").asText()).startsWith("BAD_ARGUMENTS:");
        assertThat(SCHEMAS.check("verify", 400, body)).isEmpty();
        assertThat(response.headers().get(SandboxNoticeFilter.HEADER.toLowerCase())).isNotNull();
    }

    @Test
    void anOverLongQueryOnGetResultKeepsItsSecretOutOfTheAnswer() throws Exception {
        String secret = "q".repeat(9 * 1024);
        RawExchange.Response response = send("GET", GET_RESULT + "?api_key=k&api_secret=" + secret, List.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("error_message").asText()).startsWith("BAD_ARGUMENTS:");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("qqqq");
        // Too long for Tomcat to read the path: the body still fits get_result's documented 400.
        assertThat(SCHEMAS.check("getResult", 400, json(response))).isEmpty();
    }

    @Test
    void getBizTokenAndItsFamilyAnswerUnderTheErrorKey() throws Exception {
        RawExchange.Response token = send("POST", BIZ_TOKEN, List.of("X-Padding: " + "p".repeat(9 * 1024)));
        RawExchange.Response family = send("GET", "/faceid/v3/%zz", List.of());

        assertThat(json(token).path("error").asText()).startsWith("BAD_ARGUMENTS:");
        assertThat(family.status()).isEqualTo(400);
        assertThat(json(family).path("error").asText()).startsWith("BAD_ARGUMENTS:");
        assertThat(json(family).has("request_id")).as("the 404 shape: the key only").isFalse();
    }

    @Test
    void aMalformedRequestLineGetsJsonToo() throws Exception {
        RawExchange.Response response = send("GET", "/faceid/lite/get_result?a=1|{}", List.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("error_message").asText()).startsWith("BAD_ARGUMENTS:");
        assertThat(SCHEMAS.check("getResult", 400, json(response))).isEmpty();
    }

    private RawExchange.Response send(String method, String target, List<String> headers) throws Exception {
        List<byte[]> lines = new java.util.ArrayList<>(List.of("Host: 127.0.0.1".getBytes(StandardCharsets.UTF_8)));
        headers.forEach(h -> lines.add(h.getBytes(StandardCharsets.UTF_8)));
        return wire.exchange(method, target.getBytes(StandardCharsets.UTF_8), lines, List.of(),
                RawExchange.Framing.LENGTH);
    }

    private static JsonNode json(RawExchange.Response response) throws Exception {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).as("a JSON body, not Tomcat's page").startsWith("{");
        return JSON.readTree(text);
    }
}
