package dev.faceidkit.sandbox.http;

import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.ReceivedRequest;
import dev.faceidkit.sandbox.journal.ReceivedParts;
import dev.faceidkit.sandbox.contract.FormFieldTypes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;

/**
 * Reads multipart forms as a stream, with the limit of the operation called: bytes are counted while they arrive
 * and reading stops at the limit (also for chunked bodies, which have no Content-Length). Each field the operation
 * defines is read as its type in the contract, whatever its part says about a filename. File parts stay in memory
 * while a request's file parts add up to at most {@value #FILES_IN_MEMORY_BYTES} bytes (the usual small photos) and
 * go to temporary files beyond that; text fields, capped at {@value #MAX_TEXT_BYTES} bytes, must be UTF-8. The
 * servlet container's own multipart support has one limit per servlet and cannot tell the 2 MB operations from
 * the 20 MB one.
 */
@Component("multipartResolver")
public class StreamingMultipartResolver implements MultipartResolver, DisposableBean {

    private static final int MAX_TEXT_BYTES = 64 * 1024;
    private static final int MAX_PARTS = 64;
    private static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    private static final int FILES_IN_MEMORY_BYTES = 512 * 1024;
    private final Path uploadDirectory;

    private final FormFieldTypes fieldTypes;
    private final ServedOperations operations;

    public StreamingMultipartResolver(FormFieldTypes fieldTypes, ServedOperations operations) {
        this.fieldTypes = fieldTypes;
        this.operations = operations;
        try {
            this.uploadDirectory = Files.createTempDirectory("faceid-sandbox-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload directory", e);
        }
    }

    @Override
    public boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod())
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && limitFor(request) > 0;
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        long limit = limitFor(request);
        ApiOperation operation = operations.at(RequestPaths.of(request)).orElse(null);
        MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        Map<String, String[]> params = new HashMap<>();
        // What arrived, in order and without file bytes, for the request journal's contract check.
        ReceivedRequest received = new ReceivedRequest();
        ReceivedParts.set(request, received);
        String field = null;
        int memoryLeft = FILES_IN_MEMORY_BYTES;
        try {
            FileItemInputIterator parts = newUpload(limit).getItemIterator(request);
            int count = 0;
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                field = part.getFieldName();
                if (++count > MAX_PARTS) {
                    throw new MalformedFormException(field, "More than " + MAX_PARTS + " parts");
                }
                if (field == null) {
                    continue;
                }
                if (!isFile(operation, field, part)) {
                    byte[] bytes = readText(field, part.getInputStream());
                    String text = utf8(field, bytes);
                    // As sent: a text field in a part that names a file is still read as text (D-52).
                    received.part(field, part.isFormField() ? Field.Part.TEXT : Field.Part.FILE, text, bytes.length);
                    // The first value of a repeated field counts, as for a single-valued form field.
                    params.putIfAbsent(field, new String[] {text});
                } else {
                    MultipartFile file = store(part, memoryLeft);
                    if (file.isEmpty()) {
                        // An empty part is the field not sent (D-55), as for a text field: stock clients
                        // (OpenAPI Generator's kotlin) send every unset file parameter that way.
                        discard(file);
                        continue;
                    }
                    received.part(field, part.isFormField() ? Field.Part.TEXT : Field.Part.FILE, null, file.getSize());
                    if (file instanceof BufferedFilePart) {
                        memoryLeft -= (int) file.getSize();
                    }
                    putFirst(files, field, file);
                }
            }
        } catch (MultipartException e) {
            discard(files);
            throw e;
        } catch (IOException e) {
            discard(files);
            if (causedBySize(e)) {
                throw new RequestTooLargeException(limit);
            }
            throw new MalformedFormException(field, "Unreadable multipart body");
        }
        return new DefaultMultipartHttpServletRequest(request, files, params, Map.of());
    }

    /**
     * A field the operation defines is read as its type in the contract, with or without a filename in its part
     * (DECISIONS.md, D-52); any other field, and every field of the sandbox's own forms, by its filename.
     */
    private boolean isFile(ApiOperation operation, String field, FileItemInput part) {
        if (operation != null && fieldTypes.isFile(operation, field)) {
            return true;
        }
        if (operation != null && fieldTypes.isText(operation, field)) {
            return false;
        }
        return !part.isFormField();
    }

    @Override
    public void cleanupMultipart(MultipartHttpServletRequest request) {
        discard(request.getMultiFileMap());
    }

    /** Removes the upload directory, with any file a failed clean-up left behind, when the sandbox stops. */
    @Override
    public void destroy() throws IOException {
        try (Stream<Path> leftovers = Files.list(uploadDirectory)) {
            for (Path file : leftovers.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(uploadDirectory);
    }

    /** Where file parts beyond the in-memory budget go while their request lasts. */
    Path uploadDirectory() {
        return uploadDirectory;
    }

    private long limitFor(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        if (path.startsWith("/sandbox/")) {
            // Forms of the sandbox's own endpoints (fixture images) may be as large as the largest operation's.
            return operations.largestRequestBytes();
        }
        return operations.at(path).map(operations::maxRequestBytes).orElse(0L);
    }

    private static JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> newUpload(long limit) {
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setMaxSize(limit);
        upload.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        return upload;
    }

    /** The part in memory when it fits in {@code memoryLeft} bytes, else in a temporary file. */
    private MultipartFile store(FileItemInput part, int memoryLeft) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] head = in.readNBytes(memoryLeft + 1);
            if (head.length <= memoryLeft) {
                return new BufferedFilePart(part.getFieldName(), part.getName(), part.getContentType(), head);
            }
            Path file = Files.createTempFile(uploadDirectory, "part", ".bin");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(head);
                long size = head.length + in.transferTo(out);
                return new StoredFilePart(part.getFieldName(), part.getName(), part.getContentType(), file, size);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
    }

    private static byte[] readText(String field, InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw new MalformedFormException(field, "Text field over " + MAX_TEXT_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static String utf8(String field, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedFormException(field, "Text field is not UTF-8");
        }
    }

    /** Keeps the first file of a repeated field, like the first value of a repeated text field. */
    private static void putFirst(MultiValueMap<String, MultipartFile> files, String field, MultipartFile part)
            throws IOException {
        if (files.containsKey(field)) {
            if (part instanceof StoredFilePart stored) {
                stored.delete();
            }
            return;
        }
        files.add(field, part);
    }

    private static boolean causedBySize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileUploadSizeException) {
                return true;
            }
        }
        return false;
    }

    private static void discard(MultipartFile file) {
        if (file instanceof StoredFilePart stored) {
            try {
                stored.delete();
            } catch (IOException e) {
                // Nothing better to do: the file stays in the temporary directory.
            }
        }
    }

    private static void discard(MultiValueMap<String, MultipartFile> files) {
        files.values().stream().flatMap(List::stream)
                .filter(StoredFilePart.class::isInstance)
                .map(StoredFilePart.class::cast)
                .forEach(part -> {
                    try {
                        part.delete();
                    } catch (IOException e) {
                        // Nothing better to do: the file stays in the temporary directory.
                    }
                });
    }
}
