package dev.faceidkit.sdk.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.DocumentedError;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error response says, read leniently: any body, even an empty or non-JSON one, yields a value.
 *
 * <p>The code text sits under {@code error_message} (verify, raw verify, get_result), {@code error}
 * (get_biz_token) or {@code ERROR} (seen by third-party clients), as {@code CODE}, {@code CODE: detail} or
 * {@code CODE:detail}. HTTP 413 comes as the plain text {@code Request Entity Too Large}, possibly inside an
 * HTML page. Unknown fields are ignored.
 */
public final class FaceIdErrorBody implements Serializable {

    // Exceptions are Serializable and hold this body.
    private static final long serialVersionUID = 1L;

    /** Longest raw body text kept, so a large HTML error page does not bloat the exception. */
    static final int MAX_RAW_CHARS = 1024;
    static final int MAX_DETAIL_CHARS = 256;
    private static final int MAX_RAW_CODE_CHARS = 64;

    private static final List<String> CODE_KEYS = List.of("error_message", "error", "ERROR");
    private static final List<String> READ_KEYS = List.of("request_id", "time_used", "biz_no");
    /** The plain-text body of the documented 413, worded as the contract's error catalogue words it. */
    private static final String TOO_LARGE_TEXT = Contract.bundled().operations().stream()
            .flatMap(operation -> operation.errors().all().stream())
            .filter(error -> error.code().equals(FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE.name()))
            .map(DocumentedError::message).findFirst()
            .orElseThrow(() -> new IllegalStateException("The contract documents no REQUEST_ENTITY_TOO_LARGE"));
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaceIdErrorCode code;
    private final String rawCode;
    private final String detail;
    private final String requestId;
    private final Integer timeUsed;
    private final String bizNo;
    private final String rawText;
    private final JsonNode json;

    private FaceIdErrorBody(FaceIdErrorCode code, String rawCode, String detail, String requestId,
                            Integer timeUsed, String bizNo, String rawText, JsonNode json) {
        this.code = code;
        this.rawCode = rawCode;
        this.detail = detail;
        this.requestId = requestId;
        this.timeUsed = timeUsed;
        this.bizNo = bizNo;
        this.rawText = rawText;
        this.json = json;
    }

    /**
     * Reads an error body; never throws on malformed content.
     *
     * @param contentType the response's Content-Type, used for its charset only; may be null
     * @param body        the response bytes; may be null
     */
    public static FaceIdErrorBody parse(String contentType, byte[] body) {
        return parse(contentType, body, UnaryOperator.identity());
    }

    /**
     * Reads an error body with {@code redact} applied to its text and to every value read from it, before
     * anything is kept: the client passes the removal of the secrets its request sent, so that an echo of
     * the api_secret or the sign never reaches a message, {@link #rawText()} or {@link #json()}.
     */
    public static FaceIdErrorBody parse(String contentType, byte[] body, UnaryOperator<String> redact) {
        String text = redact.apply(body == null ? "" : new String(body, charsetOf(contentType)));
        String raw = truncate(text, MAX_RAW_CHARS);
        JsonNode json = readJsonObject(text);
        if (json != null) {
            return fromJson(redactValues(json, redact), raw);
        }
        if (text.toLowerCase(Locale.ROOT).contains(TOO_LARGE_TEXT.toLowerCase(Locale.ROOT))) {
            return new FaceIdErrorBody(FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_TEXT, null, null, null,
                    null, raw, null);
        }
        return new FaceIdErrorBody(FaceIdErrorCode.UNKNOWN, null, null, null, null, null, raw, null);
    }

    // JSON escapes (\u0041) can spell a secret the text-level removal did not see; the decoded values are
    // checked again.
    private static JsonNode redactValues(JsonNode node, UnaryOperator<String> redact) {
        if (node.isTextual()) {
            return TextNode.valueOf(redact.apply(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(e -> copy.set(redact.apply(e.getKey()), redactValues(e.getValue(), redact)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(redactValues(item, redact)));
            return copy;
        }
        return node;
    }

    private static FaceIdErrorBody fromJson(JsonNode json, String raw) {
        String codeText = CODE_KEYS.stream()
                .map(key -> text(json.get(key)))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        String rawCode = null;
        String detail = null;
        if (codeText != null) {
            int colon = codeText.indexOf(':');
            rawCode = emptyToNull((colon < 0 ? codeText : codeText.substring(0, colon)).trim());
            detail = colon < 0 ? null : emptyToNull(codeText.substring(colon + 1).trim());
        }
        return new FaceIdErrorBody(
                FaceIdErrorCode.fromWire(rawCode),
                rawCode == null ? null : truncate(rawCode, MAX_RAW_CODE_CHARS),
                detail == null ? null : truncate(detail, MAX_DETAIL_CHARS),
                text(json.get("request_id")),
                integer(json.get("time_used")),
                text(json.get("biz_no")),
                raw,
                json);
    }

    /** The documented code, or {@link FaceIdErrorCode#UNKNOWN}. */
    public FaceIdErrorCode code() {
        return code;
    }

    /** The code text as sent (before any colon), truncated; null when the body has none. */
    public String rawCode() {
        return rawCode;
    }

    /** The text after the colon, such as a parameter name or a reason; null when absent. */
    public String detail() {
        return detail;
    }

    public String requestId() {
        return requestId;
    }

    /** Server time in milliseconds; null when absent or not a number. */
    public Integer timeUsed() {
        return timeUsed;
    }

    /** Echo of the caller's biz_no (raw verify only); null when absent. */
    public String bizNo() {
        return bizNo;
    }

    /** The decoded body, truncated to about {@value #MAX_RAW_CHARS} characters. May echo request data. */
    public String rawText() {
        return rawText;
    }

    /**
     * The error body as JSON, every field included (secrets the request sent removed); empty when the body is
     * not a JSON object.
     */
    public Optional<JsonNode> json() {
        return Optional.ofNullable(json);
    }

    /**
     * The fields of a JSON error body besides the code, {@code request_id}, {@code time_used} and
     * {@code biz_no}, in the order received; empty when there are none or the body is not JSON.
     */
    public Map<String, JsonNode> additionalProperties() {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        if (json != null) {
            json.properties().forEach(e -> {
                if (!CODE_KEYS.contains(e.getKey()) && !READ_KEYS.contains(e.getKey())) {
                    extra.put(e.getKey(), e.getValue());
                }
            });
        }
        return Collections.unmodifiableMap(extra);
    }

    /**
     * Whether the failed call is charged, as the contract's error catalogue says (its {@code billed} and
     * {@code billed-when-detail}, the documents' 是否计费 column): for example a data-source lookup that happened
     * ({@code NO_SUCH_ID_NUMBER}), or {@code NO_FACE_FOUND: data_source}. A code the contract does not document is
     * not billed.
     */
    public boolean billed() {
        return rawCode != null && Contract.bundled().operations().stream()
                .flatMap(operation -> operation.errors().all().stream())
                .anyMatch(error -> error.code().equals(rawCode) && error.isBilled(detail));
    }

    private static JsonNode readJsonObject(String text) {
        if (!text.strip().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    private static Integer integer(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        String text = text(node);
        if (text != null && text.strip().matches("[0-9]{1,9}")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    // Unknown or illegal charset name: fall back to the API's own encoding.
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...(" + s.length() + " chars)";
    }
}
