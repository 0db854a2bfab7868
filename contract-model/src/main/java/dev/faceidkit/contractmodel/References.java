package dev.faceidkit.contractmodel;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows the bundle's internal {@code $ref}s ({@code #/components/...}); nothing else is a valid reference. */
final class References {

    private static final int MAX_HOPS = 32;

    private final JsonNode tree;

    References(JsonNode tree) {
        this.tree = tree;
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > MAX_HOPS) {
                throw new ContractException("Unusable reference in the bundle: " + ref);
            }
            current = tree.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new ContractException("Dangling reference in the bundle: " + ref);
            }
        }
        return current;
    }

    /** The last segment of a node's {@code $ref} (its component name), or null when it is not a reference. */
    static String componentName(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? null : ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
    }
}
