package dev.faceidkit.sandbox.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.faceidkit.contractmodel.Violation;
import java.time.Instant;
import java.util.List;

/**
 * One request as the journal keeps it: what came and what was answered, never a value except the api_key (no
 * api_secret, no sign, no file byte, no form text).
 *
 * @param error the error code and detail answered ({@code MISSING_ARGUMENTS: image_ref1}), null on success
 * @param violations what the contract check of the request found, also when the sandbox answered it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        Instant time,
        String method,
        String path,
        String operation,
        int status,
        String error,
        @JsonProperty("api_key") String apiKey,
        List<FieldSeen> fields,
        List<Violation> violations) {

    /** A field by name, how it came ({@code TEXT} or {@code FILE}) and its size in bytes. */
    public record FieldSeen(String name, String part, long size) {
    }
}
