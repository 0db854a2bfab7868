package dev.faceidkit.sdk;

import dev.faceidkit.sdk.internal.InputStreamRequestBody;
import dev.faceidkit.sdk.internal.PathRequestBody;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A file to upload as one part of a request form, with the filename and content type sent in the part header.
 * The part's name (such as {@code image_ref1}) is chosen by the request it is put into, never by the caller.
 *
 * <ul>
 *   <li>{@link #fromPath}: streamed from disk each time the request is sent, never read into memory; the
 *       content type is guessed from the file name.</li>
 *   <li>{@link #fromBytes}: the array is sent as is. It is not copied, so do not change it until the call
 *       returns.</li>
 *   <li>{@link #fromStream}: read once, to its end, and closed after sending. Such an upload is one-shot: a
 *       request holding one is never retried (neither by the retry policy nor by OkHttp), and sending it a
 *       second time fails. Its length is unknown, so the request goes out with chunked transfer encoding.</li>
 * </ul>
 * Without an explicit content type, bytes and streams are sent as {@value #DEFAULT_CONTENT_TYPE}.
 */
public final class FileUpload {

    public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private static final MediaType OCTET_STREAM = MediaType.get(DEFAULT_CONTENT_TYPE);
    private static final MediaType JPEG = MediaType.get("image/jpeg");
    // The image types FaceID accepts; anything else (for example meglive_flash_result) is an octet stream.
    // Parsed once: parsing a media type costs more allocation than the rest of an upload's set-up.
    private static final Map<String, MediaType> TYPE_BY_EXTENSION = Map.of(
            "jpg", JPEG,
            "jpeg", JPEG,
            "png", MediaType.get("image/png"),
            "bmp", MediaType.get("image/bmp"),
            "gif", MediaType.get("image/gif"),
            "webp", MediaType.get("image/webp"));

    private final RequestBody body;
    private final String filename;
    private final String source;

    private FileUpload(RequestBody body, String filename, String source) {
        this.body = body;
        this.filename = filename;
        this.source = source;
    }

    /** A file on disk, named after its file name, content type guessed from its extension. */
    public static FileUpload fromPath(Path path) {
        Path file = requireReadableFile(path);
        String filename = file.getFileName().toString();
        return fromPath(file, filename, guessContentType(filename));
    }

    /** A file on disk, named after its file name, with the given content type. */
    public static FileUpload fromPath(Path path, String contentType) {
        Path file = requireReadableFile(path);
        return fromPath(file, file.getFileName().toString(), mediaType(contentType));
    }

    public static FileUpload fromBytes(byte[] content, String filename) {
        return fromBytes(content, filename, OCTET_STREAM);
    }

    public static FileUpload fromBytes(byte[] content, String filename, String contentType) {
        return fromBytes(content, filename, mediaType(contentType));
    }

    /** A one-shot upload; see the class comment. */
    public static FileUpload fromStream(InputStream content, String filename) {
        return fromStream(content, filename, OCTET_STREAM);
    }

    /** A one-shot upload; see the class comment. */
    public static FileUpload fromStream(InputStream content, String filename, String contentType) {
        return fromStream(content, filename, mediaType(contentType));
    }

    // OkHttp's own file body is the lighter one; it needs a java.io.File, which only the default file system has.
    private static FileUpload fromPath(Path file, String filename, MediaType type) {
        RequestBody body = file.getFileSystem() == FileSystems.getDefault()
                ? RequestBody.create(file.toFile(), type)
                : new PathRequestBody(file, type);
        return new FileUpload(body, filename, "path");
    }

    private static FileUpload fromBytes(byte[] content, String filename, MediaType type) {
        Objects.requireNonNull(content, "content");
        return new FileUpload(RequestBody.create(content, type), requireFilename(filename), "bytes");
    }

    private static FileUpload fromStream(InputStream content, String filename, MediaType type) {
        Objects.requireNonNull(content, "content");
        return new FileUpload(new InputStreamRequestBody(content, type), requireFilename(filename), "stream");
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return String.valueOf(body.contentType());
    }

    /** True for uploads from an {@link InputStream}, which can be sent only once. */
    public boolean isOneShot() {
        return body.isOneShot();
    }

    /** The form part for the given field name. */
    public MultipartBody.Part toPart(String fieldName) {
        return MultipartBody.Part.createFormData(fieldName, filename, body);
    }

    @Override
    public String toString() {
        return "FileUpload[filename=" + filename + ", contentType=" + body.contentType() + ", from " + source + "]";
    }

    private static MediaType guessContentType(String filename) {
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPE_BY_EXTENSION.getOrDefault(extension, OCTET_STREAM);
    }

    private static Path requireReadableFile(Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("not a readable regular file: " + path);
        }
        return path;
    }

    private static String requireFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("filename must not be null or blank");
        }
        return filename;
    }

    private static MediaType mediaType(String contentType) {
        Objects.requireNonNull(contentType, "contentType");
        return MediaType.get(contentType);
    }
}
