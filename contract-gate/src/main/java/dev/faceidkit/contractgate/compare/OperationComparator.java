package dev.faceidkit.contractgate.compare;

import static dev.faceidkit.contractgate.compare.Json.names;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.rules.MediaTypeRule;
import dev.faceidkit.contractgate.rules.OperationDeprecatedRule;
import dev.faceidkit.contractgate.rules.OperationIdRule;
import dev.faceidkit.contractgate.rules.OperationRule;
import dev.faceidkit.contractgate.rules.OperationTagsRule;
import dev.faceidkit.contractgate.rules.ParameterAddedOrRemovedRule;
import dev.faceidkit.contractgate.rules.ParameterRequiredRule;
import dev.faceidkit.contractgate.rules.ParameterRule;
import dev.faceidkit.contractgate.rules.ParameterSerializationRule;
import dev.faceidkit.contractgate.rules.PartContentTypeRule;
import dev.faceidkit.contractgate.rules.RequestBodyRule;
import dev.faceidkit.contractgate.rules.ResponseHeaderRule;
import dev.faceidkit.contractgate.rules.ResponseStatusRule;
import java.util.List;
import java.util.Map;

/**
 * One operation in both versions: its own rules, then every parameter, request media type, response status,
 * media type and header (schemas through {@link SchemaComparator}), then its error catalogue.
 */
final class OperationComparator {

    private static final List<OperationRule> OPERATION_RULES =
            List.of(new OperationIdRule(), new OperationTagsRule(), new OperationDeprecatedRule());
    private static final List<ParameterRule> PARAMETER_RULES = List.of(new ParameterAddedOrRemovedRule(),
            new ParameterRequiredRule(), new ParameterSerializationRule());
    private static final RequestBodyRule REQUEST_BODY = new RequestBodyRule();
    private static final MediaTypeRule MEDIA_TYPE = new MediaTypeRule();
    private static final PartContentTypeRule PART_CONTENT_TYPE = new PartContentTypeRule();
    private static final ResponseStatusRule STATUS = new ResponseStatusRule();
    private static final ResponseHeaderRule HEADER = new ResponseHeaderRule();

    private final Doc before;
    private final Doc after;
    private final Changes out;
    private final SchemaComparator schemas;
    private final ErrorCatalogueComparator errors;

    OperationComparator(Doc before, Doc after, Changes out) {
        this.before = before;
        this.after = after;
        this.out = out;
        this.schemas = new SchemaComparator(before, after, out);
        this.errors = new ErrorCatalogueComparator(before, after, out);
    }

    void compare(String label, Operation oldOp, Operation newOp) {
        OPERATION_RULES.forEach(rule -> rule.check(label, oldOp, newOp, out));
        compareParameters(label, oldOp, newOp);
        compareRequestBody(label, oldOp.node().path("requestBody"), newOp.node().path("requestBody"));
        compareResponses(label, oldOp.node().path("responses"), newOp.node().path("responses"));
        errors.compare(label, oldOp.node().path("responses"), newOp.node().path("responses"));
    }

    private void compareParameters(String label, Operation oldOp, Operation newOp) {
        oldOp.parameters().forEach((key, oldParam) -> {
            JsonNode newParam = newOp.parameters().get(key);
            String where = label + " · " + describe(oldParam);
            PARAMETER_RULES.forEach(rule -> rule.check(where, oldParam, newParam, out));
            if (newParam != null) {
                schemas.compare(Side.REQUEST, where, "", oldParam.path("schema"), newParam.path("schema"), Map.of());
            }
        });
        newOp.parameters().forEach((key, newParam) -> {
            if (!oldOp.parameters().containsKey(key)) {
                String where = label + " · " + describe(newParam);
                PARAMETER_RULES.forEach(rule -> rule.check(where, null, newParam, out));
            }
        });
    }

    private static String describe(JsonNode parameter) {
        return parameter.path("in").asText() + " parameter `" + parameter.path("name").asText() + "`";
    }

    private void compareRequestBody(String label, JsonNode oldRef, JsonNode newRef) {
        JsonNode oldBody = before.deref(oldRef);
        JsonNode newBody = after.deref(newRef);
        if (!REQUEST_BODY.check(label + " · request body", oldBody, newBody, out)) {
            return;
        }
        JsonNode oldContent = oldBody.path("content");
        JsonNode newContent = newBody.path("content");
        for (String mediaType : names(oldContent)) {
            String where = label + " · request " + mediaType;
            if (!newContent.has(mediaType)) {
                MEDIA_TYPE.removed(Side.REQUEST, where, out);
                continue;
            }
            schemas.compare(Side.REQUEST, where, "", oldContent.get(mediaType).path("schema"),
                    newContent.get(mediaType).path("schema"), Map.of());
            PART_CONTENT_TYPE.check(where, oldContent.get(mediaType).path("encoding"),
                    newContent.get(mediaType).path("encoding"), out);
        }
        for (String mediaType : names(newContent)) {
            if (!oldContent.has(mediaType)) {
                MEDIA_TYPE.added(Side.REQUEST, label + " · request " + mediaType, out);
            }
        }
    }

    private void compareResponses(String label, JsonNode oldResponses, JsonNode newResponses) {
        for (String status : names(oldResponses)) {
            String where = label + " · response " + status;
            if (!newResponses.has(status)) {
                STATUS.removed(where, out);
                continue;
            }
            JsonNode oldResponse = before.deref(oldResponses.get(status));
            JsonNode newResponse = after.deref(newResponses.get(status));
            compareResponseContent(where, oldResponse.path("content"), newResponse.path("content"));
            compareResponseHeaders(where, oldResponse.path("headers"), newResponse.path("headers"));
        }
        for (String status : names(newResponses)) {
            if (!oldResponses.has(status)) {
                STATUS.added(label + " · response " + status, out);
            }
        }
    }

    private void compareResponseContent(String where, JsonNode oldContent, JsonNode newContent) {
        for (String mediaType : names(oldContent)) {
            String mediaWhere = where + " " + mediaType;
            if (!newContent.has(mediaType)) {
                MEDIA_TYPE.removed(Side.RESPONSE, mediaWhere, out);
                continue;
            }
            schemas.compare(Side.RESPONSE, mediaWhere, "", oldContent.get(mediaType).path("schema"),
                    newContent.get(mediaType).path("schema"), Map.of());
        }
        for (String mediaType : names(newContent)) {
            if (!oldContent.has(mediaType)) {
                MEDIA_TYPE.added(Side.RESPONSE, where + " " + mediaType, out);
            }
        }
    }

    private void compareResponseHeaders(String where, JsonNode oldHeaders, JsonNode newHeaders) {
        for (String header : names(oldHeaders)) {
            String headerWhere = where + " · header `" + header + "`";
            if (!newHeaders.has(header)) {
                HEADER.removed(headerWhere, out);
            } else {
                schemas.compare(Side.RESPONSE, headerWhere, "", before.deref(oldHeaders.get(header)).path("schema"),
                        after.deref(newHeaders.get(header)).path("schema"), Map.of());
            }
        }
        for (String header : names(newHeaders)) {
            if (!oldHeaders.has(header)) {
                HEADER.added(where + " · header `" + header + "`", out);
            }
        }
    }
}
