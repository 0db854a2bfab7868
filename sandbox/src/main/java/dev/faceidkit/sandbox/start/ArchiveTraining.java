package dev.faceidkit.sandbox.start;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run of the launcher's class-data archive ({@code bin/faceid-sandbox}): with
 * {@code faceid.sandbox.training=true} the sandbox, once ready, sends itself a few requests (its index, a verify,
 * a get_result and an error), so that the classes of answering are loaded too, then stops; the JVM writes the
 * archive as it exits. A runtime switch, not a bean condition, so that it works with the bean set fixed at build
 * time (Spring AOT).
 */
@Component
public class ArchiveTraining implements ApplicationListener<ApplicationReadyEvent> {

    static final String SWITCH = "faceid.sandbox.training";
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveTraining.class);
    private static final String BOUNDARY = "faceid-sandbox-training";

    private final Environment environment;

    public ArchiveTraining(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!environment.getProperty(SWITCH, Boolean.class, false)) {
            return;
        }
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        int answered = exercise(URI.create("http://127.0.0.1:" + port));
        LOG.info("Training run: {} requests answered; stopping", answered);
        System.exit(SpringApplication.exit(event.getApplicationContext(), () -> 0));
    }

    private static int exercise(URI base) {
        HttpClient client = HttpClient.newHttpClient();
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(base.resolve("/sandbox")).build(),
                HttpRequest.newBuilder(base.resolve("/faceid/lite/get_result?api_key=example-api-key"
                        + "&api_secret=example-api-secret&biz_id=sandbox-docs-success")).build(),
                HttpRequest.newBuilder(base.resolve("/faceid/lite/get_result")).build(),
                multipart(base.resolve("/faceid/v2/verify"), Map.of("api_key", "example-api-key",
                        "api_secret", "example-api-secret", "comparison_type", "1", "face_image_type", "facetoken",
                        "idcard_name", "张三", "idcard_number", "11010519491231002X",
                        "face_token", "5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b")),
                HttpRequest.newBuilder(base.resolve("/sandbox/requests?limit=1")).build());
        int answered = 0;
        for (HttpRequest request : requests) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                answered++;
            } catch (IOException e) {
                LOG.warn("Training request {} failed: {}", request.uri().getPath(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return answered;
    }

    private static HttpRequest multipart(URI uri, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(BOUNDARY).append("--\r\n");
        return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }
}
