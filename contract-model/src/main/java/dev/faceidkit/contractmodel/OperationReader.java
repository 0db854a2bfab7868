package dev.faceidkit.contractmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one operation object. A form's variant groups are the {@code oneOf}s of its request schema, at the top
 * level or inside an {@code allOf} member; each alternative pins the selecting field to one {@code enum} value.
 */
final class OperationReader {

    private static final String FORM = "multipart/form-data";

    private final References refs;

    private OperationReader(References refs) {
        this.refs = refs;
    }

    static Operation read(References refs, String method, String path, JsonNode node) {
        return new OperationReader(refs).operation(method, path, node);
    }

    private Operation operation(String method, String path, JsonNode node) {
        String id = node.path("operationId").asText(null);
        if (id == null) {
            throw new ContractException(method + " " + path + " has no operationId");
        }
        JsonNode form = refs.resolve(node.path("requestBody")).path("content").path(FORM).path("schema");
        List<Field> fields = new ArrayList<>();
        List<VariantGroup> groups = new ArrayList<>();
        if (!form.isMissingNode()) {
            readForm(refs.resolve(form), fields, groups);
        } else {
            node.path("parameters").forEach(p -> {
                JsonNode parameter = refs.resolve(p);
                if ("query".equals(parameter.path("in").asText())) {
                    fields.add(field(parameter.path("name").asText(), refs.resolve(parameter.path("schema")),
                            parameter.path("required").asBoolean(false)));
                }
            });
        }
        List<DocumentedError> errors = new ArrayList<>();
        Long maxRequestBytes = null;
        String errorKey = null;
        for (Map.Entry<String, JsonNode> entry : node.path("responses").properties()) {
            JsonNode response = refs.resolve(entry.getValue());
            if (!entry.getKey().matches("[1-5][0-9][0-9]")) {
                continue;
            }
            int status = Integer.parseInt(entry.getKey());
            response.path("x-faceid-errors").forEach(row -> errors.add(error(status, row)));
            if (response.has("x-faceid-max-request-bytes")) {
                maxRequestBytes = response.get("x-faceid-max-request-bytes").asLong();
            }
            if (errorKey == null && status >= 400) {
                errorKey = firstRequired(refs.resolve(response.path("content").path("application/json").path("schema")))
                        .orElse(null);
            }
        }
        return new Operation(id, method, path, !form.isMissingNode(), fields, groups,
                new ErrorCatalogue(id, errors), maxRequestBytes, errorKey, resultLifetime(id, node));
    }

    /** The operation's {@code x-faceid-result-lifetime} (D-61), or null when it states none. */
    private static ResultLifetime resultLifetime(String id, JsonNode node) {
        JsonNode lifetime = node.path("x-faceid-result-lifetime");
        if (lifetime.isMissingNode()) {
            return null;
        }
        try {
            return new ResultLifetime(lifetime.path("reads").asInt(0), Duration.parse(lifetime.path("retention").asText()));
        } catch (DateTimeParseException e) {
            throw new ContractException(id + ": x-faceid-result-lifetime.retention is no ISO-8601 duration");
        }
    }

    private void readForm(JsonNode schema, List<Field> fields, List<VariantGroup> groups) {
        Set<String> required = texts(schema.path("required"));
        Map<String, Field> byName = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p ->
                byName.put(p.getKey(), field(p.getKey(), refs.resolve(p.getValue()), required.contains(p.getKey()))));
        fields.addAll(byName.values());
        if (schema.has("oneOf")) {
            groups.add(group(schema.path("oneOf"), byName));
        }
        for (JsonNode member : schema.path("allOf")) {
            JsonNode resolved = refs.resolve(member);
            if (resolved.has("oneOf")) {
                groups.add(group(resolved.path("oneOf"), byName));
            }
        }
    }

    private VariantGroup group(JsonNode alternatives, Map<String, Field> fields) {
        List<Variant> variants = new ArrayList<>();
        String selector = null;
        for (JsonNode alternative : alternatives) {
            JsonNode schema = refs.resolve(alternative);
            String name = schema.path("title").asText(References.componentName(alternative));
            Map.Entry<String, String> pin = pinnedSelector(name, schema);
            if (selector != null && !selector.equals(pin.getKey())) {
                throw new ContractException(name + " is selected by " + pin.getKey() + ", its group by " + selector);
            }
            selector = pin.getKey();
            List<String> requiredFields = new ArrayList<>(texts(schema.path("required")));
            requiredFields.remove(selector);
            List<String> declared = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(declared::add);
            requiredFields.forEach(f -> {
                if (!declared.contains(f)) {
                    declared.add(f);
                }
            });
            declared.remove(selector);
            Variant variant = new Variant(name, selector, pin.getValue(), requiredFields, declared);
            for (String f : declared) {
                Field field = fields.get(f);
                if (field == null) {
                    throw new ContractException(name + " names " + f + ", which the request schema does not define");
                }
                field.declaredIn(variant);
                if (requiredFields.contains(f)) {
                    field.requiredIn(variant);
                }
            }
            variants.add(variant);
        }
        return new VariantGroup(selector, variants);
    }

    /** The one property an alternative pins to a single enum value and requires. */
    private Map.Entry<String, String> pinnedSelector(String name, JsonNode schema) {
        Set<String> required = texts(schema.path("required"));
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode values = refs.resolve(p.getValue()).path("enum");
            if (values.size() == 1 && required.contains(p.getKey())) {
                return Map.entry(p.getKey(), values.get(0).asText());
            }
        }
        throw new ContractException(name + " pins no selecting field to one enum value");
    }

    private Field field(String name, JsonNode schema, boolean alwaysRequired) {
        boolean file = "binary".equals(schema.path("format").asText());
        IntegerRange integerRange = IntegerRange.of(schema.get("x-faceid-integer-range"));
        return new Field(name, file ? Field.Part.FILE : Field.Part.TEXT, schema.path("type").asText("string"),
                List.copyOf(texts(schema.path("enum"))), List.copyOf(texts(schema.path("x-enum-varnames"))),
                schema.has("default") ? schema.get("default").asText() : null,
                integer(schema, "minLength"), integer(schema, "maxLength"), integer(schema, "x-faceid-max-bytes"),
                integer(schema, "x-faceid-max-pixels"), schema.path("pattern").asText(null), integerRange,
                schema.path("x-faceid-invalid-value-error").asText(null), alwaysRequired);
    }

    private DocumentedError error(int status, JsonNode row) {
        return new DocumentedError(status, row.path("code").asText(), row.path("message").asText(),
                Optional.ofNullable(row.path("detail").asText(null)), List.copyOf(texts(row.path("detail-values"))),
                row.path("billed").asBoolean(false), List.copyOf(texts(row.path("billed-when-detail"))));
    }

    private Optional<String> firstRequired(JsonNode schema) {
        if (schema.has("required") && !schema.path("required").isEmpty()) {
            return Optional.of(schema.path("required").get(0).asText());
        }
        for (JsonNode member : schema.path("allOf")) {
            Optional<String> key = firstRequired(refs.resolve(member));
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    private static Integer integer(JsonNode schema, String keyword) {
        return schema.has(keyword) ? schema.get(keyword).asInt() : null;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new java.util.LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
