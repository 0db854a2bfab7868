package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request an example of the contract describes: for a form body, one named example of it (file parts hold
 * the file name); for get_result, which has no body, the query assembled from the parameters' examples.
 *
 * @param fields wire name to value (text, or a file's name for binary fields)
 * @param schema the body schema, or null for a query
 */
public record RequestExample(Operation operation, String name, JsonNode fields, JsonNode schema) {

    /** The name given to the example assembled from parameter examples. */
    public static final String PARAMETER_EXAMPLES = "parameter_examples";

    public String label() {
        return operation.id() + " " + name;
    }
}
