package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.sdk.errors.FaceIdErrors;
import dev.faceidkit.sdk.errors.FaceIdTransportException;
import dev.faceidkit.sdk.errors.MalformedResponseException;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Sends a prepared call and turns the outcome into a model or a typed exception:
 * a 2xx body is read by the operation's Jackson reader; any other status becomes the matching
 * {@link FaceIdApiException}; an I/O failure becomes a {@link FaceIdTransportException}; an unreadable 2xx
 * body a {@link MalformedResponseException}.
 *
 * <p>The SDK sends the request itself rather than through {@code retrofit2.Call#execute()} because it appends
 * extra fields to the request Retrofit built, and it needs the raw error body to map errors.
 */
public final class CallExecutor {

    // Error bodies are small JSON objects; the limit only guards against a large HTML page.
    private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final OkHttpClient http;

    public CallExecutor(OkHttpClient http) {
        this.http = http;
    }

    public <T> T execute(PreparedCall<T> call, Class<T> type) {
        try (Response response = http.newCall(call.request()).execute()) {
            if (!response.isSuccessful()) {
                throw FaceIdErrors.fromResponse(response.code(), response.header("Content-Type"),
                        response.peekBody(MAX_ERROR_BODY_BYTES).bytes());
            }
            return read(call, type, response);
        } catch (IOException e) {
            throw FaceIdTransportException.from(e);
        }
    }

    private static <T> T read(PreparedCall<T> call, Class<T> type, Response response) throws IOException {
        T value;
        try {
            value = call.reader().convert(response.body());
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(response.code(), type.getSimpleName(), e);
        }
        if (value == null) {
            throw new MalformedResponseException(response.code(), type.getSimpleName(), null);
        }
        return value;
    }
}
