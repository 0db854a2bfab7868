package dev.faceidkit.sandbox.http;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file part streamed to a temporary file while the request was read; deleted when the request ends. */
final class StoredFilePart extends ReceivedFilePart {

    private final Path file;
    private final long size;

    StoredFilePart(String name, String originalFilename, String contentType, Path file, long size) {
        super(name, originalFilename, contentType);
        this.file = file;
        this.size = size;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public byte[] getBytes() throws IOException {
        return Files.readAllBytes(file);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void transferTo(File dest) throws IOException {
        Files.copy(file, dest.toPath(), StandardCopyOption.REPLACE_EXISTING);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
