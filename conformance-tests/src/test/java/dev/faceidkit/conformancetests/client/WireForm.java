package dev.faceidkit.conformancetests.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okio.Buffer;

/**
 * What a request carries, field by field, as the contract's examples write it: a text field's value, a file
 * part's file name, a query parameter's value.
 */
final class WireForm {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private WireForm() {
    }

    static Map<String, String> of(Request request) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (request.body() instanceof MultipartBody form) {
            for (MultipartBody.Part part : form.parts()) {
                String disposition = part.headers() == null ? "" : part.headers().get("Content-Disposition");
                Matcher filename = FILENAME.matcher(String.valueOf(disposition));
                Matcher name = NAME.matcher(String.valueOf(disposition));
                if (name.find()) {
                    fields.put(name.group(1), filename.find() ? filename.group(1) : text(part));
                }
            }
        }
        HttpUrl url = request.url();
        for (String name : url.queryParameterNames()) {
            fields.put(name, url.queryParameter(name));
        }
        return fields;
    }

    private static String text(MultipartBody.Part part) {
        try (Buffer buffer = new Buffer()) {
            part.body().writeTo(buffer);
            return buffer.readString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
