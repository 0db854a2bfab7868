package dev.faceidkit.openapi.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The toolkit's own compatibility rules between two bundles of the contract (each a JSON tree of the one-file
 * bundle, internal {@code #/components/...} refs only).
 *
 * <p>openapi-diff compares JSON bodies, parameters and responses well, but it is blind to what this contract keeps
 * in vendor extensions ({@code x-faceid-errors}, {@code x-extensible-enum}) and it has no rule for a removed
 * property at all: removing a form field or an optional response field is "compatible" to it. These rules walk
 * every operation's query/header/path parameters, every request body media type (multipart/form-data included),
 * every response media type and every error catalogue, and classify each difference:
 *
 * <ul>
 *   <li>Requests (parameters, form fields, JSON request bodies): removed field or parameter, new required one,
 *       optional made required, type or format change, narrowed enum, new enum on a free value, stricter limits
 *       (maxLength, pattern, x-faceid-max-bytes...), changed default, removed oneOf alternative: breaking.
 *       New optional field, widened enum, looser limits: non-breaking.</li>
 *   <li>Responses: removed field, field no longer required (may now be absent), type or format change, a closed
 *       {@code enum} gaining values (clients do not know them), opening a closed enum, becoming nullable, new
 *       oneOf alternative, looser limits (maxLength raised or removed, pattern changed...): breaking. New field,
 *       values added to or removed from an open {@code x-extensible-enum}, enum narrowed, stricter limits:
 *       non-breaking.</li>
 *   <li>Error catalogues ({@code x-faceid-errors}): a code no longer listed by an operation, or listed under another
 *       status than before, is breaking; a new code, or changes of message, detail values or billing, are
 *       non-breaking (reported).</li>
 *   <li>Operations: removed operation, removed response status or media type, changed operationId (the generated
 *       clients' method names): breaking.</li>
 * </ul>
 */
public final class ContractDiff {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Limits where a larger value accepts more. */
    private static final List<String> UPPER_LIMITS = List.of("maxLength", "maximum", "maxItems", "maxProperties",
            "x-faceid-max-bytes", "x-faceid-max-pixels", "x-faceid-max-request-bytes");
    /** Limits where a smaller value accepts more. */
    private static final List<String> LOWER_LIMITS = List.of("minLength", "minimum", "minItems", "minProperties");

    private enum Direction {
        REQUEST, RESPONSE
    }

    private final Doc oldDoc;
    private final Doc newDoc;
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> reported = new LinkedHashSet<>();
    /** Pairs of schemas being compared, to stop on recursive schemas. */
    private final Deque<String> schemaStack = new ArrayDeque<>();

    private ContractDiff(JsonNode oldRoot, JsonNode newRoot) {
        this.oldDoc = new Doc(oldRoot);
        this.newDoc = new Doc(newRoot);
    }

    /** Every difference the rules know how to classify, breaking ones and others, in contract order. */
    public static List<Change> compare(JsonNode oldRoot, JsonNode newRoot) {
        ContractDiff diff = new ContractDiff(oldRoot, newRoot);
        diff.compareInfo();
        diff.compareOperations();
        diff.compareComponentNames();
        return List.copyOf(diff.changes);
    }

    // ------------------------------------------------------------------ document level

    private void compareInfo() {
        String oldVersion = oldDoc.root.path("info").path("version").asText();
        String newVersion = newDoc.root.path("info").path("version").asText();
        if (!oldVersion.equals(newVersion)) {
            nonBreaking("info.version", "contract version " + oldVersion + " → " + newVersion);
        }
        List<String> oldServers = texts(oldDoc.root.path("servers"), "url");
        List<String> newServers = texts(newDoc.root.path("servers"), "url");
        for (String url : oldServers) {
            if (!newServers.contains(url)) {
                nonBreaking("servers", "server " + url + " no longer listed (clients configured with it keep working"
                        + " only if the host still serves the API)");
            }
        }
        if (!oldServers.isEmpty() && !newServers.isEmpty() && !oldServers.get(0).equals(newServers.get(0))) {
            nonBreaking("servers[0]", "default server " + oldServers.get(0) + " → " + newServers.get(0)
                    + " (generated clients take their base URL from it)");
        }
        for (String url : newServers) {
            if (!oldServers.contains(url)) {
                nonBreaking("servers", "new server " + url);
            }
        }
    }

    private void compareComponentNames() {
        for (String section : List.of("schemas", "responses", "parameters", "requestBodies")) {
            Set<String> oldNames = names(oldDoc.root.path("components").path(section));
            Set<String> newNames = names(newDoc.root.path("components").path(section));
            for (String name : oldNames) {
                if (!newNames.contains(name)) {
                    nonBreaking("components." + section + "." + name, "component removed or renamed"
                            + (section.equals("schemas") ? " (generated code loses or renames model class " + name + ")" : ""));
                }
            }
            for (String name : newNames) {
                if (!oldNames.contains(name)) {
                    nonBreaking("components." + section + "." + name, "new component");
                }
            }
        }
    }

    private void compareOperations() {
        Map<String, Operation> oldOps = operations(oldDoc);
        Map<String, Operation> newOps = operations(newDoc);
        oldOps.forEach((label, oldOp) -> {
            Operation newOp = newOps.get(label);
            if (newOp == null) {
                breaking(label, "operation removed");
            } else {
                compareOperation(label, oldOp, newOp);
            }
        });
        newOps.keySet().stream().filter(label -> !oldOps.containsKey(label))
                .forEach(label -> nonBreaking(label, "new operation"));
    }

    private void compareOperation(String label, Operation oldOp, Operation newOp) {
        String oldId = oldOp.node.path("operationId").asText("");
        String newId = newOp.node.path("operationId").asText("");
        if (!oldId.equals(newId)) {
            breaking(label, "operationId `" + oldId + "` → `" + newId + "` (generated clients and server stubs rename"
                    + " the method)");
        }
        List<String> oldTags = texts(oldOp.node.path("tags"), null);
        List<String> newTags = texts(newOp.node.path("tags"), null);
        if (!oldTags.equals(newTags)) {
            nonBreaking(label, "tags " + oldTags + " → " + newTags + " (generated code groups operations by tag)");
        }
        if (!oldOp.node.path("deprecated").asBoolean(false) && newOp.node.path("deprecated").asBoolean(false)) {
            nonBreaking(label, "operation deprecated");
        }
        compareParameters(label, oldOp, newOp);
        compareRequestBody(label, oldOp.node.path("requestBody"), newOp.node.path("requestBody"));
        compareResponses(label, oldOp.node.path("responses"), newOp.node.path("responses"));
        compareErrorCatalogue(label, oldOp.node.path("responses"), newOp.node.path("responses"));
    }

    // ------------------------------------------------------------------ parameters

    private void compareParameters(String label, Operation oldOp, Operation newOp) {
        oldOp.parameters.forEach((key, oldParam) -> {
            JsonNode newParam = newOp.parameters.get(key);
            String where = label + " · " + describeParameter(oldParam);
            if (newParam == null) {
                breaking(where, "parameter removed (clients that send it are no longer described; generated clients"
                        + " lose the argument)");
                return;
            }
            boolean oldRequired = oldParam.path("required").asBoolean(false);
            boolean newRequired = newParam.path("required").asBoolean(false);
            if (!oldRequired && newRequired) {
                breaking(where, "parameter became required: requests without it are rejected");
            } else if (oldRequired && !newRequired) {
                nonBreaking(where, "parameter is no longer required");
            }
            for (String attribute : List.of("style", "explode", "allowReserved", "allowEmptyValue")) {
                JsonNode before = oldParam.path(attribute);
                JsonNode after = newParam.path(attribute);
                if (!before.equals(after)) {
                    breaking(where, attribute + " " + show(before) + " → " + show(after) + " (the value is serialized"
                            + " differently)");
                }
            }
            compareSchema(Direction.REQUEST, where, "", oldParam.path("schema"), newParam.path("schema"), Set.of());
        });
        newOp.parameters.forEach((key, newParam) -> {
            if (!oldOp.parameters.containsKey(key)) {
                String where = label + " · " + describeParameter(newParam);
                if (newParam.path("required").asBoolean(false)) {
                    breaking(where, "new required parameter: requests without it are rejected");
                } else {
                    nonBreaking(where, "new optional parameter");
                }
            }
        });
    }

    private static String describeParameter(JsonNode parameter) {
        return parameter.path("in").asText() + " parameter `" + parameter.path("name").asText() + "`";
    }

    // ------------------------------------------------------------------ request bodies

    private void compareRequestBody(String label, JsonNode oldRef, JsonNode newRef) {
        JsonNode oldBody = oldDoc.deref(oldRef);
        JsonNode newBody = newDoc.deref(newRef);
        String where = label + " · request body";
        if (oldBody.isMissingNode() && newBody.isMissingNode()) {
            return;
        }
        if (newBody.isMissingNode()) {
            breaking(where, "request body removed");
            return;
        }
        if (oldBody.isMissingNode()) {
            if (newBody.path("required").asBoolean(false)) {
                breaking(where, "new required request body");
            } else {
                nonBreaking(where, "new optional request body");
            }
            return;
        }
        if (!oldBody.path("required").asBoolean(false) && newBody.path("required").asBoolean(false)) {
            breaking(where, "request body became required");
        }
        JsonNode oldContent = oldBody.path("content");
        JsonNode newContent = newBody.path("content");
        for (String mediaType : names(oldContent)) {
            String mediaWhere = label + " · request " + mediaType;
            if (!newContent.has(mediaType)) {
                breaking(mediaWhere, "request media type no longer accepted");
                continue;
            }
            compareSchema(Direction.REQUEST, mediaWhere, "", oldContent.get(mediaType).path("schema"),
                    newContent.get(mediaType).path("schema"), Set.of());
            compareEncoding(mediaWhere, oldContent.get(mediaType).path("encoding"),
                    newContent.get(mediaType).path("encoding"));
        }
        for (String mediaType : names(newContent)) {
            if (!oldContent.has(mediaType)) {
                nonBreaking(label + " · request " + mediaType, "new request media type accepted");
            }
        }
    }

    /** multipart/form-data: the content type each part must have. */
    private void compareEncoding(String where, JsonNode oldEncoding, JsonNode newEncoding) {
        Set<String> fields = new TreeSet<>(names(oldEncoding));
        fields.addAll(names(newEncoding));
        for (String field : fields) {
            String before = oldEncoding.path(field).path("contentType").asText("");
            String after = newEncoding.path(field).path("contentType").asText("");
            if (!before.equals(after)) {
                breaking(where + " · `" + field + "`", "part content type '" + before + "' → '" + after + "'");
            }
        }
    }

    // ------------------------------------------------------------------ responses

    private void compareResponses(String label, JsonNode oldResponses, JsonNode newResponses) {
        for (String status : names(oldResponses)) {
            String where = label + " · response " + status;
            if (!newResponses.has(status)) {
                breaking(where, "response status removed (its error codes, if any, are listed below)");
                continue;
            }
            JsonNode oldResponse = oldDoc.deref(oldResponses.get(status));
            JsonNode newResponse = newDoc.deref(newResponses.get(status));
            JsonNode oldContent = oldResponse.path("content");
            JsonNode newContent = newResponse.path("content");
            for (String mediaType : names(oldContent)) {
                String mediaWhere = where + " " + mediaType;
                if (!newContent.has(mediaType)) {
                    breaking(mediaWhere, "response media type no longer produced (clients parsing it fail)");
                    continue;
                }
                compareSchema(Direction.RESPONSE, mediaWhere, "", oldContent.get(mediaType).path("schema"),
                        newContent.get(mediaType).path("schema"), Set.of());
            }
            for (String mediaType : names(newContent)) {
                if (!oldContent.has(mediaType)) {
                    nonBreaking(where + " " + mediaType, "new response media type");
                }
            }
            JsonNode oldHeaders = oldResponse.path("headers");
            JsonNode newHeaders = newResponse.path("headers");
            for (String header : names(oldHeaders)) {
                if (!newHeaders.has(header)) {
                    breaking(where + " · header `" + header + "`", "response header removed");
                } else {
                    compareSchema(Direction.RESPONSE, where + " · header `" + header + "`", "",
                            oldDoc.deref(oldHeaders.get(header)).path("schema"),
                            newDoc.deref(newHeaders.get(header)).path("schema"), Set.of());
                }
            }
            for (String header : names(newHeaders)) {
                if (!oldHeaders.has(header)) {
                    nonBreaking(where + " · header `" + header + "`", "new response header");
                }
            }
        }
        for (String status : names(newResponses)) {
            if (!oldResponses.has(status)) {
                nonBreaking(label + " · response " + status, "new response status");
            }
        }
    }

    // ------------------------------------------------------------------ error catalogues (x-faceid-errors)

    private void compareErrorCatalogue(String label, JsonNode oldResponses, JsonNode newResponses) {
        Map<String, Map<String, JsonNode>> oldCodes = errorCodes(oldDoc, oldResponses);
        Map<String, Map<String, JsonNode>> newCodes = errorCodes(newDoc, newResponses);
        oldCodes.forEach((code, oldByStatus) -> {
            String where = label + " · error code `" + code + "`";
            Map<String, JsonNode> newByStatus = newCodes.getOrDefault(code, Map.of());
            if (newByStatus.isEmpty()) {
                breaking(where, "error code removed (was returned with " + String.join(", ", oldByStatus.keySet())
                        + "): clients handling it are no longer described");
                return;
            }
            Set<String> lost = new TreeSet<>(oldByStatus.keySet());
            lost.removeAll(newByStatus.keySet());
            Set<String> gained = new TreeSet<>(newByStatus.keySet());
            gained.removeAll(oldByStatus.keySet());
            if (!lost.isEmpty()) {
                breaking(where, "error code moved: returned with " + String.join(", ", newByStatus.keySet())
                        + " instead of " + String.join(", ", lost) + " (clients dispatch on the HTTP status first)");
            } else if (!gained.isEmpty()) {
                nonBreaking(where, "error code now also returned with " + String.join(", ", gained));
            }
            oldByStatus.forEach((status, oldEntry) -> {
                JsonNode newEntry = newByStatus.get(status);
                if (newEntry != null) {
                    compareErrorEntry(where + " (" + status + ")", oldEntry, newEntry);
                }
            });
        });
        newCodes.forEach((code, byStatus) -> {
            if (!oldCodes.containsKey(code)) {
                nonBreaking(label + " · error code `" + code + "`",
                        "new error code with " + String.join(", ", byStatus.keySet()));
            }
        });
    }

    private void compareErrorEntry(String where, JsonNode oldEntry, JsonNode newEntry) {
        for (String attribute : List.of("message", "detail", "billed", "billed-when-detail")) {
            if (!oldEntry.path(attribute).equals(newEntry.path(attribute))) {
                nonBreaking(where, attribute + " " + show(oldEntry.path(attribute)) + " → "
                        + show(newEntry.path(attribute)));
            }
        }
        Set<String> oldValues = new LinkedHashSet<>(texts(oldEntry.path("detail-values"), null));
        Set<String> newValues = new LinkedHashSet<>(texts(newEntry.path("detail-values"), null));
        List<String> removed = minus(oldValues, newValues);
        List<String> added = minus(newValues, oldValues);
        if (!removed.isEmpty()) {
            nonBreaking(where, "detail value(s) no longer listed: " + String.join(", ", removed));
        }
        if (!added.isEmpty()) {
            nonBreaking(where, "new detail value(s): " + String.join(", ", added));
        }
    }

    /** code → (status → catalogue entry) over every response of one operation. */
    private static Map<String, Map<String, JsonNode>> errorCodes(Doc doc, JsonNode responses) {
        Map<String, Map<String, JsonNode>> codes = new LinkedHashMap<>();
        for (String status : names(responses)) {
            for (JsonNode entry : doc.deref(responses.get(status)).path("x-faceid-errors")) {
                codes.computeIfAbsent(entry.path("code").asText(), c -> new TreeMap<>()).put(status, entry);
            }
        }
        return codes;
    }

    // ------------------------------------------------------------------ schemas

    /**
     * Compares two schemas seen from one side of the wire. {@code path} is the dotted field path inside the body;
     * {@code siblingProperties} are the properties the enclosing schema declares in the new version (a oneOf
     * alternative that stops redeclaring a field of its parent does not remove the field).
     */
    private void compareSchema(Direction direction, String base, String path, JsonNode oldSchema, JsonNode newSchema,
            Set<String> siblingProperties) {
        if (oldSchema.isMissingNode() && newSchema.isMissingNode()) {
            return;
        }
        // A recursive schema would be walked forever: stop when the same pair of named schemas comes round again.
        String oldChain = oldDoc.refChain(oldSchema);
        String newChain = newDoc.refChain(newSchema);
        String pair = direction + " " + oldChain + " ~ " + newChain;
        boolean named = !oldChain.isEmpty() || !newChain.isEmpty();
        if (named && schemaStack.contains(pair)) {
            return;
        }
        schemaStack.push(pair);
        try {
            View oldView = View.of(oldDoc, oldSchema);
            View newView = View.of(newDoc, newSchema);
            String where = path.isEmpty() ? base : base + " · `" + path + "`";
            compareScalars(direction, where, oldView, newView);
            compareProperties(direction, base, path, oldView, newView, siblingProperties);
            if (oldView.items != null && newView.items != null) {
                compareSchema(direction, base, path + "[]", oldView.items, newView.items, Set.of());
            }
            if (oldView.additionalProperties != null && newView.additionalProperties != null
                    && oldView.additionalProperties.isObject() && newView.additionalProperties.isObject()) {
                compareSchema(direction, base, path.isEmpty() ? "*" : path + ".*", oldView.additionalProperties,
                        newView.additionalProperties, Set.of());
            } else if (!Objects.equals(oldView.additionalProperties, newView.additionalProperties)) {
                boolean closed = newView.additionalProperties != null && newView.additionalProperties.isBoolean()
                        && !newView.additionalProperties.asBoolean();
                if (direction == Direction.REQUEST && closed) {
                    breaking(where, "additional properties no longer allowed");
                } else {
                    nonBreaking(where, "additionalProperties " + show(oldView.additionalProperties) + " → "
                            + show(newView.additionalProperties));
                }
            }
            compareAlternatives(direction, base, path, oldView, newView);
        } finally {
            schemaStack.pop();
        }
    }

    private void compareScalars(Direction direction, String where, View oldView, View newView) {
        boolean request = direction == Direction.REQUEST;
        if (oldView.type != null && newView.type != null && !oldView.type.equals(newView.type)) {
            breaking(where, "type " + oldView.type + " → " + newView.type);
        } else if (oldView.type == null && newView.type != null) {
            add(request, where, "type now restricted to " + newView.type);
        } else if (oldView.type != null && newView.type == null) {
            add(!request, where, "type " + oldView.type + " no longer declared (any type)");
        }
        if (!Objects.equals(oldView.format, newView.format)) {
            boolean documentationOnly = isDocumentationFormat(oldView.format) && isDocumentationFormat(newView.format);
            String what = "format " + (oldView.format == null ? "(none)" : oldView.format) + " → "
                    + (newView.format == null ? "(none)" : newView.format);
            if ("binary".equals(oldView.format) || "binary".equals(newView.format)) {
                what += " (a file part becomes a text value or the reverse)";
            }
            add(!documentationOnly, where, what);
        }
        compareEnums(direction, where, oldView, newView);
        compareExtensibleEnums(direction, where, oldView, newView);
        if (oldView.nullable != newView.nullable) {
            boolean breaks = request ? !newView.nullable : newView.nullable;
            add(breaks, where, newView.nullable ? "now nullable" + (request ? "" : ": clients must accept null")
                    : "no longer nullable" + (request ? ": null is rejected" : ""));
        }
        if (!Objects.equals(oldView.defaultValue, newView.defaultValue)) {
            add(request, where, "default " + show(oldView.defaultValue) + " → " + show(newView.defaultValue)
                    + (request ? " (requests that omit the value now behave differently)" : ""));
        }
        for (String limit : UPPER_LIMITS) {
            compareLimit(direction, where, limit, oldView.limits.get(limit), newView.limits.get(limit), true);
        }
        for (String limit : LOWER_LIMITS) {
            compareLimit(direction, where, limit, oldView.limits.get(limit), newView.limits.get(limit), false);
        }
        for (String flag : List.of("exclusiveMaximum", "exclusiveMinimum", "uniqueItems")) {
            JsonNode before = oldView.limits.get(flag);
            JsonNode after = newView.limits.get(flag);
            if (!Objects.equals(before, after)) {
                boolean stricter = after != null && after.asBoolean(false) && (before == null || !before.asBoolean());
                add(request == stricter, where, flag + " " + show(before) + " → " + show(after));
            }
        }
        JsonNode oldPattern = oldView.limits.get("pattern");
        JsonNode newPattern = newView.limits.get("pattern");
        if (!Objects.equals(oldPattern, newPattern)) {
            // Request: a new or changed pattern may reject values valid before. Response: a changed or removed
            // pattern lets values arrive that clients did not expect.
            boolean breaks = request ? newPattern != null : oldPattern != null;
            add(breaks, where, "pattern " + show(oldPattern) + " → " + show(newPattern) + (!breaks ? ""
                    : request ? " (values valid before may be rejected)" : " (values of another form may arrive)"));
        }
        JsonNode oldRange = oldView.limits.get("x-faceid-integer-range");
        JsonNode newRange = newView.limits.get("x-faceid-integer-range");
        if (!Objects.equals(oldRange, newRange)) {
            boolean narrower = newRange != null && (oldRange == null
                    || newRange.path("minimum").asDouble(Double.NEGATIVE_INFINITY)
                    > oldRange.path("minimum").asDouble(Double.NEGATIVE_INFINITY)
                    || newRange.path("maximum").asDouble(Double.POSITIVE_INFINITY)
                    < oldRange.path("maximum").asDouble(Double.POSITIVE_INFINITY));
            add(request == narrower, where, "x-faceid-integer-range " + show(oldRange) + " → " + show(newRange));
        }
    }

    private void compareLimit(Direction direction, String where, String limit, JsonNode before, JsonNode after,
            boolean upper) {
        if (Objects.equals(before, after)) {
            return;
        }
        // Does the new limit accept fewer values than the old one?
        boolean stricter;
        if (after == null) {
            stricter = false;
        } else if (before == null) {
            stricter = true;
        } else {
            stricter = upper ? after.decimalValue().compareTo(before.decimalValue()) < 0
                    : after.decimalValue().compareTo(before.decimalValue()) > 0;
        }
        String what = limit + " " + show(before) + " → " + show(after);
        if (direction == Direction.REQUEST) {
            add(stricter, where, what + (stricter ? " (values valid before are rejected)" : ""));
        } else {
            // A response may only get narrower: clients may rely on the old limit (a column size, a range check).
            add(!stricter, where, what + (stricter ? "" : " (values outside the old limit may now arrive)"));
        }
    }

    private void compareEnums(Direction direction, String where, View oldView, View newView) {
        boolean request = direction == Direction.REQUEST;
        if (oldView.enumValues == null && newView.enumValues == null) {
            return;
        }
        if (oldView.enumValues == null) {
            add(request, where, "now restricted to the values " + join(newView.enumValues));
            return;
        }
        if (newView.enumValues == null) {
            add(!request, where, "enum " + join(oldView.enumValues) + " removed"
                    + (request ? " (any value accepted)" : newView.extensibleValues != null
                    ? ": opened into x-extensible-enum, clients generated with a closed enum meet unknown values"
                    : ": clients meet values they do not know"));
            return;
        }
        List<String> removed = minus(oldView.enumValues, newView.enumValues);
        List<String> added = minus(newView.enumValues, oldView.enumValues);
        if (!removed.isEmpty()) {
            add(request, where, "enum narrowed: " + join(removed) + (request ? " no longer accepted"
                    : " no longer returned"));
        }
        if (!added.isEmpty()) {
            add(!request, where, "enum gained " + join(added) + (request ? ""
                    : ": a closed enum in a response, clients do not know the new values (an open set belongs in"
                    + " x-extensible-enum)"));
        }
    }

    private void compareExtensibleEnums(Direction direction, String where, View oldView, View newView) {
        boolean request = direction == Direction.REQUEST;
        List<String> before = oldView.extensibleValues == null ? List.of() : oldView.extensibleValues;
        List<String> after = newView.extensibleValues == null ? List.of() : newView.extensibleValues;
        List<String> removed = minus(before, after);
        List<String> added = minus(after, before);
        if (!removed.isEmpty()) {
            // An open set in a request: callers sending a value no longer listed may be refused.
            add(request, where, "x-extensible-enum no longer lists " + join(removed)
                    + (request ? "" : " (an open enumeration: clients already accept any value)"));
        }
        if (!added.isEmpty()) {
            nonBreaking(where, "x-extensible-enum gained " + join(added)
                    + (request ? "" : " (an open enumeration: clients must already accept unknown values)"));
        }
    }

    private void compareProperties(Direction direction, String base, String path, View oldView, View newView,
            Set<String> siblingProperties) {
        boolean request = direction == Direction.REQUEST;
        String noun = request ? fieldNoun(base) : "field";
        oldView.properties.forEach((name, oldProperty) -> {
            String childPath = path.isEmpty() ? name : path + "." + name;
            String where = base + " · `" + childPath + "`";
            JsonNode newProperty = newView.properties.get(name);
            if (newProperty == null) {
                if (!siblingProperties.contains(name)) {
                    breaking(where, noun + " removed" + (request
                            ? " (clients that send it are no longer described; generated clients lose it)"
                            : " (clients reading it get nothing)"));
                }
                return;
            }
            compareSchema(direction, base, childPath, oldProperty, newProperty, Set.of());
        });
        newView.properties.forEach((name, newProperty) -> {
            if (!oldView.properties.containsKey(name)) {
                String childPath = path.isEmpty() ? name : path + "." + name;
                String where = base + " · `" + childPath + "`";
                if (siblingProperties.contains(name)) {
                    // A oneOf alternative now redeclares a field of its parent, typically to pin its values.
                    add(request, where, "the alternative now constrains this " + noun
                            + (request ? ": values accepted before may be rejected" : ""));
                } else if (request && newView.required.contains(name)) {
                    breaking(where, "new required " + noun + ": requests without it are rejected");
                } else {
                    nonBreaking(where, "new " + (request ? "optional " : "") + noun);
                }
            }
        });
        for (String name : newView.required) {
            if (!oldView.required.contains(name) && (oldView.properties.containsKey(name)
                    || !newView.properties.containsKey(name))) {
                String where = base + " · `" + (path.isEmpty() ? name : path + "." + name) + "`";
                add(request, where, request ? noun + " became required: requests without it are rejected"
                        : noun + " is now always present");
            }
        }
        for (String name : oldView.required) {
            if (!newView.required.contains(name) && newView.properties.containsKey(name)) {
                String where = base + " · `" + (path.isEmpty() ? name : path + "." + name) + "`";
                add(!request, where, request ? noun + " is no longer required"
                        : noun + " is no longer required: it may now be absent");
            }
        }
    }

    /** oneOf / anyOf alternatives, matched by their component name (or title, or position). */
    private void compareAlternatives(Direction direction, String base, String path, View oldView, View newView) {
        boolean request = direction == Direction.REQUEST;
        String where = path.isEmpty() ? base : base + " · `" + path + "`";
        int groups = Math.max(oldView.alternatives.size(), newView.alternatives.size());
        for (int g = 0; g < groups; g++) {
            if (g >= newView.alternatives.size()) {
                add(!request, where, "a group of alternatives (" + oldView.alternatives.get(g).keySet() + ") was"
                        + " removed");
                continue;
            }
            if (g >= oldView.alternatives.size()) {
                add(request, where, "new group of alternatives " + newView.alternatives.get(g).keySet()
                        + (request ? ": every request must now match one of them" : ""));
                continue;
            }
            Map<String, JsonNode> before = oldView.alternatives.get(g);
            Map<String, JsonNode> after = newView.alternatives.get(g);
            before.forEach((name, oldAlternative) -> {
                JsonNode newAlternative = after.get(name);
                if (newAlternative == null) {
                    add(request, where, "alternative " + name + " removed"
                            + (request ? ": requests of that shape are rejected" : ""));
                } else {
                    String altBase = where + " [" + name + "]";
                    compareSchema(direction, altBase, "", oldAlternative, newAlternative, newView.properties.keySet());
                }
            });
            after.keySet().stream().filter(name -> !before.containsKey(name)).forEach(name -> add(!request, where,
                    "new alternative " + name + (request ? "" : ": responses of a shape clients do not know")));
        }
    }

    private static String fieldNoun(String base) {
        if (base.contains("multipart/form-data") || base.contains("application/x-www-form-urlencoded")) {
            return "form field";
        }
        return base.contains(" parameter `") ? "value" : "field";
    }

    private static boolean isDocumentationFormat(String format) {
        // "password" only tells tools to mask the value; it does not change what travels.
        return format == null || format.equals("password");
    }

    // ------------------------------------------------------------------ helpers

    private void add(boolean breaking, String location, String description) {
        if (breaking) {
            breaking(location, description);
        } else {
            nonBreaking(location, description);
        }
    }

    private void breaking(String location, String description) {
        record(Change.breaking(location, description));
    }

    private void nonBreaking(String location, String description) {
        record(Change.nonBreaking(location, description));
    }

    private void record(Change change) {
        if (reported.add(change.severity() + "|" + change.location() + "|" + change.description())) {
            changes.add(change);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            texts.add(field == null ? item.asText() : item.path(field).asText());
        }
        return texts;
    }

    private static List<String> minus(Collection<String> from, Collection<String> remove) {
        return from.stream().filter(value -> !remove.contains(value)).collect(Collectors.toList());
    }

    private static String join(Collection<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }

    private static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "(none)";
        }
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }

    private static Map<String, Operation> operations(Doc doc) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        doc.root.path("paths").fields().forEachRemaining(pathEntry -> {
            JsonNode pathItem = doc.deref(pathEntry.getValue());
            pathItem.fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    String label = op.getKey().toUpperCase(Locale.ROOT) + " " + pathEntry.getKey();
                    operations.put(label, new Operation(op.getValue(), parameters(doc, pathItem, op.getValue())));
                }
            });
        });
        return operations;
    }

    /** Path-level parameters apply unless the operation redefines the same name and location. */
    private static Map<String, JsonNode> parameters(Doc doc, JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode level : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : level) {
                JsonNode resolved = doc.deref(parameter);
                byKey.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            }
        }
        return byKey;
    }

    private record Operation(JsonNode node, Map<String, JsonNode> parameters) {
    }

    /** One document, with internal-ref resolution. */
    private record Doc(JsonNode root) {

        JsonNode deref(JsonNode node) {
            JsonNode current = node == null ? MissingNode.getInstance() : node;
            for (int hops = 0; current.has("$ref"); hops++) {
                String ref = current.get("$ref").asText();
                if (!ref.startsWith("#/") || hops > 32) {
                    throw new IllegalArgumentException("unsupported or looping $ref '" + ref + "' (the bundle should"
                            + " only have internal refs)");
                }
                current = root.at(ref.substring(1));
            }
            return current;
        }

        /** The names of the refs followed to reach a schema ("" for an inline schema). */
        String refChain(JsonNode node) {
            StringBuilder chain = new StringBuilder();
            JsonNode current = node;
            for (int hops = 0; current != null && current.has("$ref") && hops <= 32; hops++) {
                String ref = current.get("$ref").asText();
                chain.append(ref);
                current = ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
            }
            return chain.toString();
        }
    }

    /** A schema with its allOf members merged in: what a value must look like, read flat. */
    private static final class View {
        String type;
        String format;
        List<String> enumValues;
        List<String> extensibleValues;
        boolean nullable;
        JsonNode defaultValue;
        final Map<String, JsonNode> limits = new LinkedHashMap<>();
        final Map<String, JsonNode> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        JsonNode items;
        JsonNode additionalProperties;
        /** Each oneOf/anyOf group: alternative name → schema. */
        final List<Map<String, JsonNode>> alternatives = new ArrayList<>();

        static View of(Doc doc, JsonNode schema) {
            View view = new View();
            view.merge(doc, schema, 0);
            return view;
        }

        private void merge(Doc doc, JsonNode reference, int depth) {
            JsonNode schema = doc.deref(reference);
            if (schema.isMissingNode() || depth > 16) {
                return;
            }
            if (type == null && schema.hasNonNull("type")) {
                type = schema.get("type").asText();
            }
            if (format == null && schema.hasNonNull("format")) {
                format = schema.get("format").asText();
            }
            if (enumValues == null && schema.has("enum")) {
                enumValues = texts(schema.get("enum"), null);
            }
            if (extensibleValues == null && schema.has("x-extensible-enum")) {
                extensibleValues = texts(schema.get("x-extensible-enum"), null);
            }
            nullable |= schema.path("nullable").asBoolean(false);
            if (defaultValue == null && schema.has("default")) {
                defaultValue = schema.get("default");
            }
            for (String limit : List.of("maxLength", "maximum", "maxItems", "maxProperties", "x-faceid-max-bytes",
                    "x-faceid-max-pixels", "x-faceid-max-request-bytes", "minLength", "minimum", "minItems",
                    "minProperties", "exclusiveMaximum", "exclusiveMinimum", "uniqueItems", "pattern",
                    "x-faceid-integer-range")) {
                if (schema.has(limit)) {
                    limits.putIfAbsent(limit, schema.get(limit));
                }
            }
            schema.path("properties").fields().forEachRemaining(p -> properties.putIfAbsent(p.getKey(), p.getValue()));
            schema.path("required").forEach(r -> required.add(r.asText()));
            if (items == null && schema.has("items")) {
                items = schema.get("items");
            }
            if (additionalProperties == null && schema.has("additionalProperties")) {
                additionalProperties = schema.get("additionalProperties");
            }
            for (String keyword : List.of("oneOf", "anyOf")) {
                if (schema.has(keyword)) {
                    Map<String, JsonNode> group = new LinkedHashMap<>();
                    int index = 0;
                    for (JsonNode alternative : schema.get(keyword)) {
                        group.put(alternativeName(doc, alternative, keyword, index++), alternative);
                    }
                    alternatives.add(group);
                }
            }
            for (JsonNode member : schema.path("allOf")) {
                merge(doc, member, depth + 1);
            }
        }

        private static String alternativeName(Doc doc, JsonNode alternative, String keyword, int index) {
            if (alternative.has("$ref")) {
                String ref = alternative.get("$ref").asText();
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
            JsonNode resolved = doc.deref(alternative);
            return resolved.hasNonNull("title") ? resolved.get("title").asText() : keyword + "[" + index + "]";
        }
    }
}
