package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The code and detail an error body carries: {@code error_message} (verify, raw verify, get_result) or
 * {@code error} (get_biz_token) as {@code CODE}, {@code CODE: detail} or {@code CODE:detail}, or, for 413, the
 * plain text {@code Request Entity Too Large}, catalogued as {@value #TOO_LARGE_CODE}.
 */
public record ErrorText(String code, String detail) {

    public static final String TOO_LARGE_CODE = "REQUEST_ENTITY_TOO_LARGE";
    private static final String TOO_LARGE_TEXT = "Request Entity Too Large";
    private static final List<String> KEYS = List.of("error_message", "error");

    /** Reads a JSON error body or a plain-text body (a textual node); null when it holds no code. */
    public static ErrorText of(JsonNode body) {
        if (body.isTextual()) {
            return parse(body.asText());
        }
        for (String key : KEYS) {
            if (body.path(key).isTextual()) {
                return parse(body.get(key).asText());
            }
        }
        return null;
    }

    public static ErrorText parse(String text) {
        if (text.strip().equalsIgnoreCase(TOO_LARGE_TEXT)) {
            return new ErrorText(TOO_LARGE_CODE, null);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new ErrorText(text.strip(), null);
        }
        String detail = text.substring(colon + 1).strip();
        return new ErrorText(text.substring(0, colon).strip(), detail.isEmpty() ? null : detail);
    }

    @Override
    public String toString() {
        return detail == null ? code : code + ": " + detail;
    }
}
