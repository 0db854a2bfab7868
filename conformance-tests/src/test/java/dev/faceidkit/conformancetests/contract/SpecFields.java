package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an operation as the original contract defines them (not the flattened codegen view): for a
 * form, the union of the top-level properties and those of every {@code allOf}/{@code oneOf}/{@code anyOf}
 * member, in document order; for a query, the parameters. A field is always required when the top level or
 * an {@code allOf} member requires it, or every alternative of a {@code oneOf}/{@code anyOf} does. A name that
 * is only listed under {@code required} still counts as a field, so a required field without a property is
 * not lost.
 */
public final class SpecFields {

    private final Contract contract;

    public SpecFields(Contract contract) {
        this.contract = contract;
    }

    public List<SpecField> of(Operation operation) {
        if (!operation.hasFormBody()) {
            return queryParameters(operation);
        }
        JsonNode schema = contract.deref(operation.node().path("requestBody").path("content")
                .path("multipart/form-data").path("schema"));
        Map<String, Boolean> binaryByName = new LinkedHashMap<>();
        collectProperties(schema, binaryByName);
        Set<String> required = required(schema);
        required.forEach(name -> binaryByName.putIfAbsent(name, false));
        List<SpecField> fields = new ArrayList<>();
        binaryByName.forEach((name, binary) -> fields.add(new SpecField(name, binary, required.contains(name))));
        return fields;
    }

    private List<SpecField> queryParameters(Operation operation) {
        List<SpecField> fields = new ArrayList<>();
        for (JsonNode parameter : contract.parameters(operation)) {
            if ("query".equals(parameter.path("in").asText())) {
                fields.add(new SpecField(parameter.path("name").asText(), false,
                        parameter.path("required").asBoolean(false)));
            }
        }
        return fields;
    }

    private void collectProperties(JsonNode schema, Map<String, Boolean> binaryByName) {
        schema.path("properties").properties().forEach(p -> binaryByName.putIfAbsent(p.getKey(),
                "binary".equals(contract.deref(p.getValue()).path("format").asText())));
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(member -> collectProperties(contract.deref(member), binaryByName));
        }
    }

    private Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("allOf").forEach(member -> required.addAll(required(contract.deref(member))));
        for (String alternatives : List.of("oneOf", "anyOf")) {
            Set<String> inEvery = null;
            for (JsonNode member : schema.path(alternatives)) {
                Set<String> names = required(contract.deref(member));
                if (inEvery == null) {
                    inEvery = new HashSet<>(names);
                } else {
                    inEvery.retainAll(names);
                }
            }
            if (inEvery != null) {
                required.addAll(inEvery);
            }
        }
        return required;
    }
}
