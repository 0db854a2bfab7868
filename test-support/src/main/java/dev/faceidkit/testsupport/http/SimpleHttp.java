package dev.faceidkit.testsupport.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP/1.1 for tests that must send exactly what they build: no SDK, no retries, no redirects. Every call
 * takes a whole URL; {@link SandboxHttp} is the same bound to one local port.
 */
public final class SimpleHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private SimpleHttp() {
    }

    /** POSTs the form; {@code headers} are name, value pairs. */
    public static Reply post(String url, Form form, String... headers) {
        Form.Encoded encoded = form.encode();
        return post(url, encoded.contentType(), encoded.body(), headers);
    }

    public static Reply post(String url, String contentType, byte[] body, String... headers) {
        return send(request(url, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST without a body (the sandbox's action endpoints). */
    public static Reply post(String url) {
        return send(request(url).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static Reply get(String url, String... headers) {
        return send(request(url, headers).GET());
    }

    /** Sends a request built by the caller (its own method, headers and timeout). */
    public static Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(request.method(), request.uri().toString(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        return headers.length == 0 ? request : request.headers(headers);
    }
}
