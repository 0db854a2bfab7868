package dev.faceidkit.sdk.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * The call factory Retrofit gets: the SDK asks Retrofit only for the request its generated method builds
 * ({@code retrofit2.Call#request()}) and sends it itself ({@link CallExecutor}), so Retrofit's calls never run and
 * need not be OkHttp's real ones (each holds a connection-pool handle and a timeout of its own).
 */
public final class RequestOnlyCalls implements Call.Factory {

    @Override
    public Call newCall(Request request) {
        return new RequestOnly(request);
    }

    private record RequestOnly(Request request) implements Call {

        @Override
        public Response execute() throws IOException {
            throw new UnsupportedOperationException("The SDK sends requests through CallExecutor");
        }

        @Override
        public void enqueue(Callback callback) {
            throw new UnsupportedOperationException("The SDK sends requests through CallExecutor");
        }

        @Override
        public void cancel() {
        }

        @Override
        public boolean isExecuted() {
            return false;
        }

        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public Timeout timeout() {
            return Timeout.NONE;
        }

        @Override
        public Call clone() {
            return new RequestOnly(request);
        }
    }
}
