package dev.faceidkit.sandbox.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which fields of each operation's multipart form are files ({@code format: binary}) and which are text, as the
 * contract's request schemas say. A part is read as its field's type whether or not it carries a filename
 * (DECISIONS.md, D-52): the vendor's own call examples send {@code image} without one.
 */
@Component
public class FormFieldTypes {

    private final Map<ApiOperation, Set<String>> files = new EnumMap<>(ApiOperation.class);
    private final Map<ApiOperation, Set<String>> texts = new EnumMap<>(ApiOperation.class);

    public FormFieldTypes(BundledSpec spec) {
        for (ApiOperation op : ApiOperation.values()) {
            Set<String> fileFields = new HashSet<>();
            Set<String> textFields = new HashSet<>();
            if (op.takesForm()) {
                JsonNode schema = spec.resolve(spec.resolve(spec.operation(op.operationId()).path("requestBody"))
                        .path("content").path("multipart/form-data").path("schema"));
                schema.path("properties").properties().forEach(property -> {
                    boolean file = "binary".equals(spec.resolve(property.getValue()).path("format").asText());
                    (file ? fileFields : textFields).add(property.getKey());
                });
                if (fileFields.isEmpty() || textFields.isEmpty()) {
                    throw new IllegalStateException("No form fields in the contract for " + op.operationId());
                }
            }
            files.put(op, Set.copyOf(fileFields));
            texts.put(op, Set.copyOf(textFields));
        }
    }

    public boolean isFile(ApiOperation op, String field) {
        return files.get(op).contains(field);
    }

    public boolean isText(ApiOperation op, String field) {
        return texts.get(op).contains(field);
    }
}
