package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** One operation of the contract, named by its operationId. */
public record Operation(String id, String method, String path, JsonNode node) {

    /** "verify (POST /faceid/v2/verify)". */
    public String label() {
        return id + " (" + method.toUpperCase(Locale.ROOT) + " " + path + ")";
    }

    public boolean hasFormBody() {
        return node.path("requestBody").path("content").has("multipart/form-data");
    }
}
