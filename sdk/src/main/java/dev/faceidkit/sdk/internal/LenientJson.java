package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one ObjectMapper that reads FaceID responses into the generated models. Lenient because real responses
 * drift from the documents: fields are added (ignored here), optional fields and even {@code time_used} are
 * sometimes absent (the models do not enforce {@code required}), open enumerations are plain strings in the
 * models, and a new value of a closed one reads as its {@code UNKNOWN_DEFAULT_OPEN_API} constant (generated
 * with {@code enumUnknownDefaultCase}).
 */
public final class LenientJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LenientJson() {
    }
}
