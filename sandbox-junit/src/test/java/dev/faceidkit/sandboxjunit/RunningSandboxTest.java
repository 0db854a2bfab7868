package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain API, for other test frameworks: start, call, stop. */
class RunningSandboxTest {

    @Test
    void startsOnAFreePortWithSettingsAndStops() throws Exception {
        URI base;
        try (RunningSandbox sandbox = RunningSandbox.start(Map.of("faceid.sandbox.journal.size", "2"))) {
            base = sandbox.baseUrl();
            HttpResponse<String> journal = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(base.resolve("sandbox/requests")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(journal.statusCode()).isEqualTo(200);
            assertThat(journal.body()).contains("\"capacity\":2");
        }
        URI stopped = base;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(stopped.resolve("sandbox/requests")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aBadSettingFailsTheStartNotALaterRequest() {
        // The in-JVM sandbox makes its beans lazily; what a setting breaks must still stop it from starting.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunningSandbox.start(
                Map.of("faceid.sandbox.contract", "/no/such/bundle.json")).close())
                .hasStackTraceContaining("/no/such/bundle.json");
    }
}
