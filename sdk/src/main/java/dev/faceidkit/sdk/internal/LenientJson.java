package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one ObjectMapper that reads FaceID responses into the generated models. Lenient because real responses
 * drift from the documents: a field the contract does not declare is kept in the model's
 * {@code _additionalProperties()} (and never fails the read), optional fields and even {@code time_used} are
 * sometimes absent (the models do not enforce {@code required}), open enumerations are plain strings, and a
 * value a closed one does not list is kept as an unknown instance. Every model also keeps the JSON it was
 * read from ({@code _rawJson()}).
 */
public final class LenientJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(RawJsonRecording.module())
            .build();

    private LenientJson() {
    }
}
