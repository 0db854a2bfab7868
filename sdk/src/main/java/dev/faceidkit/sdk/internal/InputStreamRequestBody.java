package dev.faceidkit.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Sends an input stream once. A second write fails instead of silently sending an empty part: OkHttp itself
 * may repeat a request after a stale pooled connection, and a multipart body does not report its parts as
 * one-shot.
 */
public final class InputStreamRequestBody extends RequestBody {

    private final InputStream content;
    private final MediaType contentType;
    private final AtomicBoolean sent = new AtomicBoolean();

    public InputStreamRequestBody(InputStream content, MediaType contentType) {
        this.content = content;
        this.contentType = contentType;
    }

    @Override
    public MediaType contentType() {
        return contentType;
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        if (!sent.compareAndSet(false, true)) {
            throw new IOException("an upload from an InputStream can be sent only once");
        }
        try (Source source = Okio.source(content)) {
            sink.writeAll(source);
        }
    }
}
