package dev.faceidkit.sdk.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.faceidkit.sdk.internal.SentSecrets;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request and response at DEBUG on the logger {@value #LOGGER_NAME}, one event each, without
 * credentials or image bytes.
 *
 * <ul>
 *   <li>The values of form fields and query parameters named {@code api_secret} or {@code sign} (and any
 *       names added through the constructor) are logged as {@code ***}.</li>
 *   <li>Headers whose names look like credentials (Authorization, Cookie, anything with "secret", "token",
 *       "sign" or "api-key") are logged as {@code ***}.</li>
 *   <li>Multipart parts are described from {@link MultipartBody#parts()}: file parts by name, filename, type
 *       and size, never content. Short text parts are read; the body as a whole is never written, so a
 *       one-shot body is not consumed. Other request bodies are described by type and size only.</li>
 *   <li>JSON responses are logged with every string longer than {@value #MAX_VALUE_CHARS} characters (base64
 *       images, {@code data:} URLs) replaced by its length, the values of keys named like a redacted field
 *       (get_result returns {@code idcard_name} and {@code idcard_number}) as {@code ***}, and cut at
 *       {@value #MAX_LOGGED_BODY_CHARS} characters.</li>
 * </ul>
 * When DEBUG is off the interceptor does nothing but pass the call on.
 */
public final class RedactingLoggingInterceptor implements Interceptor {

    /** The one logger name used by this package. */
    public static final String LOGGER_NAME = "dev.faceidkit.sdk.http";

    static final String MASK = "***";
    static final int MAX_VALUE_CHARS = 64;
    static final int MAX_LOGGED_BODY_CHARS = 4096;
    private static final List<String> CREDENTIAL_HEADER_PARTS =
            List.of("auth", "cookie", "secret", "token", "sign", "api-key");
    // Text parts above this size are not worth reading for a log line.
    private static final long MAX_TEXT_PART_BYTES = 4096;
    // Enough for any error or verify result; get_result with images is cut, and the cut is logged.
    private static final long MAX_PEEK_BYTES = 256 * 1024;
    private static final Pattern DISPOSITION_NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILENAME = Pattern.compile("(?:^|;)\\s*filename=\"([^\"]*)\"");
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT) // do not invent closing brackets for a cut body
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final Set<String> redactedFields;
    private final Set<String> secretValues;

    /** Redacts {@code api_secret} and {@code sign}. */
    public RedactingLoggingInterceptor() {
        this(Set.of());
    }

    /**
     * Redacts {@code api_secret}, {@code sign} and the given field names, for example {@code idcard_name} and
     * {@code idcard_number} to keep personal data out of logs.
     */
    public RedactingLoggingInterceptor(Collection<String> alsoRedactedFields) {
        this(alsoRedactedFields, Set.of());
    }

    /**
     * As {@link #RedactingLoggingInterceptor(Collection)}, and also removes the given values wherever they occur
     * (the client passes its api_secret, which a get_biz_token request does not carry but a server may echo).
     * The values of redacted fields a request sends are removed by value too, in every line about that call.
     */
    public RedactingLoggingInterceptor(Collection<String> alsoRedactedFields, Collection<String> secretValues) {
        this.redactedFields = Stream.concat(SentSecrets.CREDENTIAL_FIELDS.stream(), alsoRedactedFields.stream())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.secretValues = Set.copyOf(secretValues);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(request);
        }
        // By value as well as by name: a server may echo a secret anywhere in its answer.
        SentSecrets secrets = SentSecrets.in(request, redactedFields).and(secretValues);
        LOG.debug("{}", secrets.redact(describe(request)));
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            LOG.debug("<-- HTTP FAILED {} {} ({} ms): {}", request.method(), redact(request.url()),
                    elapsedMillis(start), secrets.redact(e.toString()));
            throw e;
        }
        LOG.debug("{}", secrets.redact(describe(response, elapsedMillis(start))));
        return response;
    }

    private String describe(Request request) throws IOException {
        StringJoiner lines = new StringJoiner("\n");
        lines.add("--> " + request.method() + " " + redact(request.url()));
        describeHeaders(request.headers(), lines);
        RequestBody body = request.body();
        if (body instanceof MultipartBody multipart) {
            lines.add("body: " + multipart.contentType());
            for (MultipartBody.Part part : multipart.parts()) {
                lines.add("  part " + describe(part));
            }
        } else if (body instanceof FormBody form) {
            lines.add("body: " + form.contentType());
            for (int i = 0; i < form.size(); i++) {
                lines.add("  field " + form.name(i) + " = " + fieldValue(form.name(i), form.value(i)));
            }
        } else if (body != null) {
            lines.add("body: " + body.contentType() + ", " + size(body.contentLength()) + " (not logged)");
        }
        return lines.toString();
    }

    private String describe(MultipartBody.Part part) throws IOException {
        String disposition = part.headers() == null ? null : part.headers().get("Content-Disposition");
        String name = dispositionParameter(DISPOSITION_NAME, disposition);
        String filename = dispositionParameter(DISPOSITION_FILENAME, disposition);
        RequestBody body = part.body();
        MediaType type = body.contentType();
        long length = body.contentLength();
        if (name == null) {
            name = "(unnamed)";
        } else if (isRedacted(name)) {
            return name + " = " + MASK;
        }
        if (filename != null || (type != null && !"text".equals(type.type()))) {
            return name + ": file " + (filename == null ? "" : quote(filename) + ", ") + type + ", " + size(length);
        }
        if (body.isOneShot() || length < 0 || length > MAX_TEXT_PART_BYTES) {
            return name + ": text, " + size(length) + " (not read)";
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        String value = buffer.readString(type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8));
        return name + " = " + fieldValue(name, value);
    }

    private String describe(Response response, long millis) {
        StringJoiner lines = new StringJoiner("\n");
        String message = response.message().isEmpty() ? "" : " " + response.message();
        lines.add("<-- " + response.code() + message + " " + response.request().method() + " "
                + redact(response.request().url()) + " (" + millis + " ms)");
        if (response.body() != null) {
            describeBody(response, lines);
        }
        return lines.toString();
    }

    private void describeBody(Response response, StringJoiner lines) {
        ResponseBody peeked;
        byte[] bytes;
        try {
            peeked = response.peekBody(MAX_PEEK_BYTES);
            bytes = peeked.bytes();
        } catch (IOException e) {
            // The caller will meet the same failure when reading; the log only notes it.
            lines.add("body: unreadable (" + e + ")");
            return;
        }
        MediaType type = peeked.contentType();
        long length = response.body().contentLength();
        boolean cut = bytes.length == MAX_PEEK_BYTES && length != bytes.length;
        String size = length >= 0 ? size(length) : (cut ? "more than " : "") + size(bytes.length);
        lines.add("body: " + type + ", " + size);
        if (bytes.length == 0) {
            return;
        }
        if (type != null && !"text".equals(type.type()) && !type.subtype().contains("json")) {
            lines.add("(not text, not logged)");
        } else {
            String text = new String(bytes, type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8));
            String strip = text.strip();
            boolean json = strip.startsWith("{") || strip.startsWith("[");
            lines.add(truncate(json ? elideLongStrings(text, cut, redactedFields) : text, MAX_LOGGED_BODY_CHARS));
        }
    }

    /** Copies JSON, replacing long strings by their length; a cut or malformed body ends with a marker. */
    static String elideLongStrings(String json, boolean cut) {
        return elideLongStrings(json, cut, Set.of());
    }

    /** As {@link #elideLongStrings(String, boolean)}, also masking the scalar values of the given keys. */
    static String elideLongStrings(String json, boolean cut, Set<String> redactedKeys) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = JSON.createParser(json); JsonGenerator generator = JSON.createGenerator(out)) {
            try {
                while (parser.nextToken() != null) {
                    JsonToken token = parser.currentToken();
                    String key = token.isScalarValue() && token != JsonToken.VALUE_NULL ? parser.currentName() : null;
                    if (key != null && redactedKeys.contains(key.toLowerCase(Locale.ROOT))) {
                        generator.writeString(MASK);
                    } else if (token == JsonToken.VALUE_STRING && parser.getTextLength() > MAX_VALUE_CHARS) {
                        generator.writeString("<" + parser.getTextLength() + " chars elided>");
                    } else {
                        generator.copyCurrentEvent(parser);
                    }
                }
            } catch (IOException e) {
                generator.flush();
                return out + (cut ? " ...(cut)" : " ...(malformed JSON)");
            }
        } catch (IOException e) {
            // Writing to a StringWriter cannot fail; reaching here means the parser could not even start.
            return "(unreadable JSON)";
        }
        return out.toString();
    }

    private void describeHeaders(Headers headers, StringJoiner lines) {
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            lines.add(name + ": " + (isCredentialHeader(name) ? MASK : headers.value(i)));
        }
    }

    private String redact(HttpUrl url) {
        if (url.querySize() == 0) {
            return url.toString();
        }
        HttpUrl.Builder redacted = url.newBuilder().query(null);
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            redacted.addQueryParameter(name, isRedacted(name) ? MASK : url.queryParameterValue(i));
        }
        return redacted.build().toString();
    }

    private String fieldValue(String name, String value) {
        if (isRedacted(name)) {
            return MASK;
        }
        return value.length() > MAX_VALUE_CHARS ? "<" + value.length() + " chars elided>" : quote(value);
    }

    private boolean isRedacted(String fieldName) {
        return redactedFields.contains(fieldName.toLowerCase(Locale.ROOT));
    }

    private static boolean isCredentialHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CREDENTIAL_HEADER_PARTS.stream().anyMatch(lower::contains);
    }

    private static String dispositionParameter(Pattern pattern, String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = pattern.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }

    // Escapes quotes and line breaks so that a value cannot forge extra log lines.
    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    private static String size(long bytes) {
        return bytes < 0 ? "unknown size" : bytes + " bytes";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + " ...(" + s.length() + " chars)";
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
