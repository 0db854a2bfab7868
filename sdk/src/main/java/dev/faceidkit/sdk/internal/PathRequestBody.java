package dev.faceidkit.sdk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Streams a file of a non-default file system (a zip, an in-memory file system) on every write, so that a
 * retry sends it again and memory use stays at a few buffers whatever the file size. Paths of the default file
 * system use OkHttp's own {@code RequestBody.create(File)}, which does the same with less allocation.
 */
public final class PathRequestBody extends RequestBody {

    private final Path path;
    private final MediaType contentType;

    public PathRequestBody(Path path, MediaType contentType) {
        this.path = path;
        this.contentType = contentType;
    }

    @Override
    public MediaType contentType() {
        return contentType;
    }

    @Override
    public long contentLength() throws IOException {
        return Files.size(path);
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        try (Source source = Okio.source(path)) {
            sink.writeAll(source);
        }
    }
}
