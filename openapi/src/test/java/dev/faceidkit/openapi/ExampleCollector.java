package dev.faceidkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.testsupport.schema.ContractJsonSchema.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds every example in a contract and pairs it with the schema it must satisfy: media-type {@code example}
 * and named {@code examples} of request bodies and responses (any media type, text/plain included),
 * parameter and response-header examples, and {@code example} values written inside schemas.
 */
final class ExampleCollector {

    /** One example. A null schema or value is kept so the validator can report it instead of skipping it. */
    record ExampleCase(String name, JsonNode schema, JsonNode value, Direction direction) {
    }

    private final Spec spec;
    private final List<ExampleCase> cases = new ArrayList<>();
    // A schema shared through a $ref'd response or parameter is reached more than once; check its examples once.
    private final Set<JsonNode> visitedSchemas = Collections.newSetFromMap(new IdentityHashMap<>());

    private ExampleCollector(Spec spec) {
        this.spec = spec;
    }

    static List<ExampleCase> collect(Spec spec) {
        ExampleCollector collector = new ExampleCollector(spec);
        collector.collectOperations();
        spec.tree().path("components").path("schemas").properties()
                .forEach(e -> collector.schemaExamples("schema " + e.getKey(), e.getValue()));
        return List.copyOf(collector.cases);
    }

    private void collectOperations() {
        for (Spec.Operation op : spec.operations()) {
            for (JsonNode parameter : op.parameters()) {
                String label = op.label() + " parameter " + parameter.path("name").asText();
                if (parameter.has("content")) {
                    content(label, parameter.get("content"), Direction.REQUEST);
                } else {
                    examples(label, parameter, parameter.get("schema"), Direction.REQUEST);
                }
            }
            JsonNode body = spec.deref(op.node().path("requestBody"));
            content(op.label() + " request", body.path("content"), Direction.REQUEST);
            op.node().path("responses").properties().forEach(entry -> {
                String label = op.label() + " response " + entry.getKey();
                JsonNode response = spec.deref(entry.getValue());
                content(label, response.path("content"), Direction.RESPONSE);
                response.path("headers").properties().forEach(header -> {
                    JsonNode resolved = spec.deref(header.getValue());
                    examples(label + " header " + header.getKey(), resolved, resolved.get("schema"),
                            Direction.RESPONSE);
                });
            });
        }
    }

    /** The media type appears in the name only when there is more than one, to keep names short. */
    private void content(String label, JsonNode content, Direction direction) {
        boolean several = content.size() > 1;
        content.properties().forEach(entry -> examples(several ? label + " " + entry.getKey() : label,
                entry.getValue(), entry.getValue().get("schema"), direction));
    }

    /** The {@code example} / {@code examples} of a media type, parameter or header, and those inside its schema. */
    private void examples(String label, JsonNode holder, JsonNode schema, Direction direction) {
        if (holder.has("example")) {
            cases.add(new ExampleCase(label + " example", schema, holder.get("example"), direction));
        }
        holder.path("examples").properties().forEach(entry -> {
            // externalValue examples have no "value": the null reaches the validator, which reports it.
            JsonNode example = spec.deref(entry.getValue());
            cases.add(new ExampleCase(label + " example " + entry.getKey(), schema, example.get("value"),
                    direction));
        });
        if (schema != null) {
            schemaExamples(label + " schema", schema);
        }
    }

    /** Walks one schema (not through $refs: referenced schemas are walked under components). */
    private void schemaExamples(String label, JsonNode schema) {
        if (!schema.isObject() || schema.has("$ref") || !visitedSchemas.add(schema)) {
            return;
        }
        if (schema.has("example")) {
            cases.add(new ExampleCase(label + " example", schema, schema.get("example"), Direction.NONE));
        }
        schema.path("properties").properties()
                .forEach(e -> schemaExamples(label + "." + e.getKey(), e.getValue()));
        for (String keyword : List.of("items", "additionalProperties", "not")) {
            if (schema.has(keyword)) {
                schemaExamples(label + "." + keyword, schema.get(keyword));
            }
        }
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            for (int i = 0; i < schema.path(keyword).size(); i++) {
                schemaExamples(label + "." + keyword + "[" + i + "]", schema.get(keyword).get(i));
            }
        }
    }

}
