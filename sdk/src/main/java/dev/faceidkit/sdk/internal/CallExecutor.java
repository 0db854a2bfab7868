package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.sdk.errors.FaceIdErrors;
import dev.faceidkit.sdk.errors.FaceIdTransportException;
import dev.faceidkit.sdk.errors.MalformedResponseException;
import java.io.IOException;
import java.util.Set;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Sends a prepared call and turns the outcome into a model or a typed exception:
 * a 2xx body is read by the operation's Jackson reader; any other status becomes the matching
 * {@link FaceIdApiException}; an I/O failure becomes a {@link FaceIdTransportException}; an unreadable 2xx
 * body a {@link MalformedResponseException}.
 *
 * <p>The call runs under the client's whole-call deadline ({@link CallDeadlines}); one that ran past it fails as a
 * timeout.
 */
public final class CallExecutor {

    // Error bodies are small JSON objects; the limit only guards against a large HTML page.
    private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final OkHttpClient http;
    private final CallDeadlines deadlines;
    private final Set<String> configuredSecrets;

    /**
     * @param deadlines         the limit of each whole call, body included
     * @param configuredSecrets values to remove from every error wherever they occur, such as the client's
     *                          api_secret, which a get_biz_token request does not carry
     */
    public CallExecutor(OkHttpClient http, CallDeadlines deadlines, Set<String> configuredSecrets) {
        this.http = http;
        this.deadlines = deadlines;
        this.configuredSecrets = Set.copyOf(configuredSecrets);
    }

    public <T> T execute(PreparedCall<T> call, Class<T> type) {
        Call httpCall = http.newCall(call.request());
        deadlines.start(httpCall);
        try (Response response = httpCall.execute()) {
            if (!response.isSuccessful()) {
                throw FaceIdErrors.fromResponse(response.code(), response.header("Content-Type"),
                        response.peekBody(MAX_ERROR_BODY_BYTES).bytes(), secrets(call)::redact);
            }
            return read(call, type, response);
        } catch (IOException e) {
            throw FaceIdTransportException.from(deadlines.failure(httpCall, e), secrets(call)::redact);
        } finally {
            deadlines.end(httpCall);
        }
    }

    // Only on the way to an exception: a successful call pays nothing for it.
    private SentSecrets secrets(PreparedCall<?> call) {
        return SentSecrets.in(call.request(), SentSecrets.CREDENTIAL_FIELDS).and(configuredSecrets);
    }

    private static <T> T read(PreparedCall<T> call, Class<T> type, Response response) throws IOException {
        T value;
        byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
        if (body.length == 0) {
            throw new MalformedResponseException(response.code(), type.getSimpleName(), "an empty body");
        }
        try {
            value = RawJsonRecording.read(call.reader(), body);
        } catch (JsonProcessingException e) {
            // Not the cause: Jackson's message quotes the offending text, which may echo a secret.
            throw new MalformedResponseException(response.code(), type.getSimpleName(), e.getClass().getSimpleName()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()));
        }
        if (value == null) {
            throw new MalformedResponseException(response.code(), type.getSimpleName(), "an empty body");
        }
        return value;
    }
}
