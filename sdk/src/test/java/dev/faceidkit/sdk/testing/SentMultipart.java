package dev.faceidkit.sdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** A multipart/form-data body as the server received it, one entry per part, in wire order. */
public final class SentMultipart {

    /**
     * One part.
     *
     * @param name        the name in Content-Disposition
     * @param filename    the filename in Content-Disposition, or null for a text field
     * @param contentType the part's Content-Type, lower-cased, or null
     * @param headers     every header of the part
     * @param body        the part's bytes
     */
    public record Part(String name, String filename, String contentType, Headers headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * A one-line summary to compare whole bodies at once: {@code name=value [type]} for text fields,
         * {@code name; filename=f [type] <content>} for files.
         */
        public String summary() {
            return filename == null
                    ? name + "=" + text() + " [" + contentType + "]"
                    : name + "; filename=" + filename + " [" + contentType + "] <" + text() + ">";
        }
    }

    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?:^|;)\\s*filename=\"([^\"]*)\"");

    private SentMultipart() {
    }

    public static List<Part> parse(RecordedRequest request) {
        MediaType type = MediaType.get(request.getHeader("Content-Type"));
        if (!"multipart".equals(type.type()) || !"form-data".equals(type.subtype())) {
            throw new AssertionError("not multipart/form-data: " + type);
        }
        List<Part> parts = new ArrayList<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody().readByteArray()),
                type.parameter("boundary"))) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                Headers headers = part.headers();
                String disposition = headers.get("Content-Disposition");
                String contentType = headers.get("Content-Type");
                parts.add(new Part(group(NAME, disposition), group(FILENAME, disposition),
                        contentType == null ? null : contentType.toLowerCase(Locale.ROOT), headers,
                        part.body().readByteArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    public static List<String> summaries(RecordedRequest request) {
        return parse(request).stream().map(Part::summary).toList();
    }

    private static String group(Pattern pattern, String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = pattern.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }
}
