package dev.faceidkit.sdk.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The secret values one request carries (its {@code api_secret} and {@code sign}, or other fields named so), and
 * their removal from any text a server sends back. Matched by value, not by shape: whatever the server echoes,
 * in whichever position, the value itself never reaches a message, a {@code toString()} or a log line. The
 * JSON-escaped and percent-encoded spellings of each value are removed too.
 */
public final class SentSecrets {

    /** The fields whose values are secrets: removed from exceptions and logs by value, wherever they are echoed. */
    public static final Set<String> CREDENTIAL_FIELDS = Set.of("api_secret", "sign");

    /** What a removed value is replaced with. */
    public static final String MASK = "<redacted>";

    private static final SentSecrets NONE = new SentSecrets(Set.of(), List.of());
    private static final Pattern DISPOSITION_NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final long MAX_TEXT_PART_BYTES = 64 * 1024;

    /** Every spelling of every value, longest first: a shorter one inside a longer one must not leave a rest. */
    private final List<String> spellings;
    private final Set<String> originals;

    private SentSecrets(Set<String> originals, List<String> spellings) {
        this.originals = originals;
        this.spellings = spellings;
    }

    /** The given values (blank ones are ignored). */
    public static SentSecrets of(Collection<String> values) {
        Set<String> originals = new LinkedHashSet<>();
        Set<String> spellings = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                originals.add(value);
                spellings.add(value);
                spellings.add(jsonEscaped(value));
                spellings.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
                spellings.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        spellings.remove("");
        return spellings.isEmpty() ? NONE : new SentSecrets(Set.copyOf(originals), spellings.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /**
     * The values of the fields named {@code fieldNames} (case-insensitively) that {@code request} sends: query
     * parameters, url-encoded fields and multipart text parts. File parts and one-shot bodies are not read.
     */
    public static SentSecrets in(Request request, Set<String> fieldNames) {
        Set<String> values = new LinkedHashSet<>();
        HttpUrl url = request.url();
        for (int i = 0; i < url.querySize(); i++) {
            if (named(url.queryParameterName(i), fieldNames)) {
                values.add(url.queryParameterValue(i));
            }
        }
        RequestBody body = request.body();
        if (body instanceof FormBody form) {
            for (int i = 0; i < form.size(); i++) {
                if (named(form.name(i), fieldNames)) {
                    values.add(form.value(i));
                }
            }
        } else if (body instanceof MultipartBody multipart) {
            for (MultipartBody.Part part : multipart.parts()) {
                String disposition = part.headers() == null ? null : part.headers().get("Content-Disposition");
                Matcher name = DISPOSITION_NAME.matcher(disposition == null ? "" : disposition);
                if (name.find() && named(name.group(1), fieldNames)) {
                    values.add(text(part.body()));
                }
            }
        }
        return of(values);
    }

    /** These secrets and the given values. */
    public SentSecrets and(Collection<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(originals);
        all.addAll(values);
        return of(all);
    }

    /** {@code text} with every spelling of every secret replaced by {@link #MASK}; null stays null. */
    public String redact(String text) {
        if (text == null || spellings.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (String spelling : spellings) {
            redacted = redacted.replace(spelling, MASK);
        }
        return redacted;
    }

    private static boolean named(String name, Set<String> fieldNames) {
        return fieldNames.contains(name.toLowerCase(Locale.ROOT));
    }

    private static String text(RequestBody body) {
        try {
            if (body.isOneShot() || body.contentLength() < 0 || body.contentLength() > MAX_TEXT_PART_BYTES) {
                return null;
            }
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            MediaType type = body.contentType();
            return buffer.readString(type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
