package dev.faceidkit.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.testsupport.contract.RawBundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled contract's operations as a request generator needs them: path and method, the named request
 * examples (or the parameter examples of a GET), which form fields are files, each field's enum, and what each
 * documented response allows (content type, the {@code x-faceid-errors} messages, the request size limit of a 413).
 * Response bodies are checked with {@link ContractSchemas}; this class only reads the document.
 */
public final class ContractOperations {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z_]+>");

    /** A form field or query parameter. */
    public record Field(String name, boolean binary, List<String> enumValues) {
    }

    /** One documented error message: its code, a pattern of the whole message, and the listed detail values. */
    public record DocumentedMessage(String code, String template, Pattern pattern, List<String> detailValues) {

        /** The detail of {@code message} when it matches this template, else empty. */
        public Optional<String> match(String message) {
            Matcher matcher = pattern.matcher(message);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(matcher.groupCount() == 0 ? "" : matcher.group(1));
        }

        public boolean hasFreeDetail() {
            return pattern.pattern().contains("(") && detailValues.isEmpty();
        }
    }

    /** One documented response: its content type and the errors it documents. */
    public record DocumentedResponse(int status, String contentType, List<DocumentedMessage> errors,
                                     long maxRequestBytes) {
    }

    /** One operation of the contract. */
    public record Operation(String id, String method, String path, Map<String, Map<String, String>> examples,
                            Map<String, Field> fields, Map<Integer, DocumentedResponse> responses) {

        public boolean takesForm() {
            return !"GET".equals(method);
        }

        /** The request size limit of the operation's 413, or 0 when it documents none. */
        public long maxRequestBytes() {
            DocumentedResponse tooLarge = responses.get(413);
            return tooLarge == null ? 0 : tooLarge.maxRequestBytes();
        }
    }

    private final JsonNode tree;
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    public ContractOperations() {
        this.tree = RawBundle.tree();
        tree.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode operation = method.getValue();
            if (operation.has("operationId")) {
                Operation op = read(path.getKey(), method.getKey().toUpperCase(java.util.Locale.ROOT), operation);
                operations.put(op.id(), op);
            }
        }));
    }

    public List<Operation> operations() {
        return List.copyOf(operations.values());
    }

    public Operation operation(String id) {
        Operation op = operations.get(id);
        if (op == null) {
            throw new IllegalArgumentException("No operation " + id);
        }
        return op;
    }

    private Operation read(String path, String method, JsonNode operation) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, Map<String, String>> examples = new LinkedHashMap<>();
        JsonNode form = operation.path("requestBody").path("content").path("multipart/form-data");
        if (!form.isMissingNode()) {
            collectProperties(form.path("schema"), fields, new LinkedHashSet<>());
            form.path("examples").properties().forEach(example -> {
                Map<String, String> values = new LinkedHashMap<>();
                resolve(example.getValue()).path("value").properties()
                        .forEach(value -> values.put(value.getKey(), value.getValue().asText()));
                examples.put(example.getKey(), values);
            });
        }
        Map<String, String> parameterExample = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asText();
            fields.put(name, new Field(name, false, enumOf(resolve(resolved.path("schema")))));
            if (resolved.has("example")) {
                parameterExample.put(name, resolved.get("example").asText());
            }
        }
        if (!parameterExample.isEmpty()) {
            examples.put("parameters", parameterExample);
        }
        Map<Integer, DocumentedResponse> responses = new LinkedHashMap<>();
        operation.path("responses").properties().forEach(entry -> {
            JsonNode response = resolve(entry.getValue());
            int status = Integer.parseInt(entry.getKey());
            java.util.Iterator<String> types = response.path("content").fieldNames();
            String contentType = types.hasNext() ? types.next() : "";
            List<DocumentedMessage> errors = new ArrayList<>();
            for (JsonNode error : response.path("x-faceid-errors")) {
                List<String> details = new ArrayList<>();
                error.path("detail-values").forEach(value -> details.add(value.asText()));
                String template = error.path("message").asText();
                errors.add(new DocumentedMessage(error.path("code").asText(), template, patternOf(template),
                        List.copyOf(details)));
            }
            responses.put(status, new DocumentedResponse(status, contentType, List.copyOf(errors),
                    response.path("x-faceid-max-request-bytes").asLong(0)));
        });
        return new Operation(operation.path("operationId").asText(), method, path, examples, fields, responses);
    }

    /** Properties of a form schema, through $ref, allOf, oneOf and anyOf (conditional groups of variants). */
    private void collectProperties(JsonNode schema, Map<String, Field> fields, Set<String> seen) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            if (seen.add(ref.asText())) {
                collectProperties(resolve(schema), fields, seen);
            }
            return;
        }
        schema.path("properties").properties().forEach(property -> {
            JsonNode definition = resolve(property.getValue());
            boolean binary = "binary".equals(definition.path("format").asText());
            Field known = fields.get(property.getKey());
            List<String> values = enumOf(definition);
            if (known == null || (known.enumValues().isEmpty() && !values.isEmpty())) {
                fields.put(property.getKey(), new Field(property.getKey(), binary, values));
            }
        });
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(keyword)) {
                collectProperties(part, fields, seen);
            }
        }
    }

    private List<String> enumOf(JsonNode schema) {
        List<String> values = new ArrayList<>();
        resolve(schema).path("enum").forEach(value -> values.add(value.asText()));
        for (JsonNode part : resolve(schema).path("allOf")) {
            resolve(part).path("enum").forEach(value -> values.add(value.asText()));
        }
        return List.copyOf(values);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(tree.at(ref.asText().substring(1)));
    }

    /** {@code "BAD_ARGUMENTS:<key>"} becomes {@code \QBAD_ARGUMENTS:\E(.+)}. */
    private static Pattern patternOf(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(from, placeholder.start()))).append("(.+)");
            from = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(from)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
