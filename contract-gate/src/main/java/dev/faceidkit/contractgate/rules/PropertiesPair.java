package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.SchemaView;
import dev.faceidkit.contractgate.compare.Side;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The properties of one object schema in both versions. {@code path} is the dotted field path inside the body;
 * {@code siblings} are the properties the enclosing schema declares in the new version, by name (a oneOf alternative that
 * stops redeclaring a field of its parent does not remove the field).
 */
public record PropertiesPair(Side side, String base, String path, SchemaView before, SchemaView after,
        Map<String, JsonNode> siblings) {

    public boolean request() {
        return side.isRequest();
    }

    /** The location of property {@code name}: "POST /x · request multipart/form-data · `a.b`". */
    public String where(String name) {
        return base + " · `" + (path.isEmpty() ? name : path + "." + name) + "`";
    }

    /** "form field" in a form, "value" in a parameter, "field" elsewhere. */
    public String noun() {
        if (!request()) {
            return "field";
        }
        if (base.contains("multipart/form-data") || base.contains("application/x-www-form-urlencoded")) {
            return "form field";
        }
        return base.contains(" parameter `") ? "value" : "field";
    }
}
