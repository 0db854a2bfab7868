package dev.faceidkit.sandbox.http;

import org.springframework.web.multipart.MultipartFile;

/** A file part of a form the sandbox read itself: what its part headers said; the bytes are kept by a subclass. */
abstract class ReceivedFilePart implements MultipartFile {

    private final String name;
    private final String originalFilename;
    private final String contentType;

    ReceivedFilePart(String name, String originalFilename, String contentType) {
        this.name = name;
        this.originalFilename = originalFilename;
        this.contentType = contentType;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOriginalFilename() {
        return originalFilename;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public boolean isEmpty() {
        return getSize() == 0;
    }
}
