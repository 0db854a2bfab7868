package dev.faceidkit.conformancetests.client;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp interceptor for the SDK client's builder ({@code FaceIdClient.Builder#okHttpClient}): it adds the
 * headers a test asks for (Prism's {@code Prefer}, an {@code Accept}) and keeps the last request and response
 * head, so that a test can see what the SDK sent and what Prism answered besides the SDK's typed outcome.
 */
final class ExchangeRecorder implements Interceptor {

    private final Map<String, String> headers;
    private volatile Request lastRequest;
    private volatile Response lastResponse;

    ExchangeRecorder(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder request = chain.request().newBuilder();
        headers.forEach(request::header);
        lastRequest = request.build();
        Response response = chain.proceed(lastRequest);
        lastResponse = response.newBuilder().body(null).build();
        return response;
    }

    Request lastRequest() {
        if (lastRequest == null) {
            throw new IllegalStateException("the SDK sent nothing");
        }
        return lastRequest;
    }

    Response lastResponse() {
        if (lastResponse == null) {
            throw new IllegalStateException("no response arrived");
        }
        return lastResponse;
    }
}
