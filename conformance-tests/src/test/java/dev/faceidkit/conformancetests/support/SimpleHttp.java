package dev.faceidkit.conformancetests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Plain HTTP for tests that must send exactly what they build (no SDK, no retries, no redirects). */
public final class SimpleHttp {

    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(60))
            .writeTimeout(Duration.ofSeconds(60))
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .build();

    private SimpleHttp() {
    }

    public static HttpExchange post(String url, Form form, String... headers) {
        return send(request(url, headers).post(form.body()).build());
    }

    public static HttpExchange post(String url, RequestBody body, String... headers) {
        return send(request(url, headers).post(body).build());
    }

    /** A POST without a body (the sandbox's action endpoints). */
    public static HttpExchange post(String url) {
        return send(request(url).post(RequestBody.create(new byte[0], null)).build());
    }

    public static HttpExchange get(String url, String... headers) {
        return send(request(url, headers).get().build());
    }

    private static Request.Builder request(String url, String... headers) {
        Request.Builder request = new Request.Builder().url(url);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static HttpExchange send(Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            ResponseBody body = response.body();
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().forEach(h -> headers.put(h.getFirst().toLowerCase(Locale.ROOT), h.getSecond()));
            return new HttpExchange(request.method(), request.url().toString(), response.code(),
                    response.header("Content-Type"), headers, body == null ? new byte[0] : body.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.url() + " failed", e);
        }
    }
}
