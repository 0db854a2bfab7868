package dev.faceidkit.contractmodel;

import java.util.List;

/**
 * One alternative of a {@link VariantGroup}, such as {@code DataSourceComparison}: chosen when its selector field
 * has {@link #selectorValue()}, it requires {@link #requiredFields()} and owns {@link #declaredFields()}.
 *
 * @param name           the alternative's schema title, a stable name for code to switch on
 * @param selector       the selecting field, such as {@code comparison_type}
 * @param selectorValue  the selector's value that chooses this alternative, such as {@code 1}
 * @param requiredFields the fields it requires besides the selector, in document order
 * @param declaredFields the fields it declares as its own (required and optional), in document order
 */
public record Variant(String name, String selector, String selectorValue, List<String> requiredFields,
                      List<String> declaredFields) {

    public Variant {
        requiredFields = List.copyOf(requiredFields);
        declaredFields = List.copyOf(declaredFields);
    }

    /** Such as {@code comparison_type=1}, for messages. */
    public String selection() {
        return selector + "=" + selectorValue;
    }
}
