package dev.faceidkit.contractmodel;

import java.util.List;
import java.util.Optional;

/**
 * A choice of one alternative among several (a {@code oneOf} of the request schema), made by the value of one
 * selecting field: {@code comparison_type}, {@code face_image_type}, {@code liveness_type}.
 */
public record VariantGroup(String selector, List<Variant> variants) {

    public VariantGroup {
        variants = List.copyOf(variants);
    }

    /** The alternative a selector value chooses; empty for a value no alternative pins. */
    public Optional<Variant> select(String selectorValue) {
        return variants.stream().filter(v -> v.selectorValue().equals(selectorValue)).findFirst();
    }

    /** The alternative with this schema title; a {@link ContractException} when there is none. */
    public Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new ContractException(selector + " has no alternative " + name));
    }
}
