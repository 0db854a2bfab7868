package dev.faceidkit.conformancetests.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** One example of the contract with the schema it must satisfy. */
record ExampleCase(String operationId, String label, JsonNode schema, JsonNode value) {
}
