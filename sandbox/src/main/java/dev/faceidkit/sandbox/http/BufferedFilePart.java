package dev.faceidkit.sandbox.http;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** A small file part held in memory (see {@link StreamingMultipartResolver} for how much a request may hold). */
final class BufferedFilePart extends ReceivedFilePart {

    private final byte[] bytes;

    BufferedFilePart(String name, String originalFilename, String contentType, byte[] bytes) {
        super(name, originalFilename, contentType);
        this.bytes = bytes;
    }

    @Override
    public long getSize() {
        return bytes.length;
    }

    /** The part's own array: the sandbox only reads it. */
    @Override
    public byte[] getBytes() {
        return bytes;
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void transferTo(File dest) throws IOException {
        Files.write(dest.toPath(), bytes);
    }
}
