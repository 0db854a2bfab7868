package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** A named example of one response (status and media type) of one operation. */
public record ResponseExample(Operation operation, int status, String mediaType, String name, JsonNode value,
                              JsonNode schema) {

    public String label() {
        return operation.id() + " " + status + " " + name;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
