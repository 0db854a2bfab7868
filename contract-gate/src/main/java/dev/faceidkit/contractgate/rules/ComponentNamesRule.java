package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.names;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Doc;
import java.util.List;
import java.util.Set;

/**
 * {@code component-renamed}: a component added, removed or renamed. Compatible on the wire (what travels is
 * judged where the component is used), reported because generated class names follow schema names.
 */
public final class ComponentNamesRule implements DocumentRule {

    public static final String NAME = "component-renamed";

    @Override
    public void check(Doc before, Doc after, Changes out) {
        for (String section : List.of("schemas", "responses", "parameters", "requestBodies")) {
            Set<String> oldNames = names(before.root().path("components").path(section));
            Set<String> newNames = names(after.root().path("components").path(section));
            for (String name : oldNames) {
                if (!newNames.contains(name)) {
                    out.compatible(NAME, "components." + section + "." + name, "component removed or renamed"
                            + (section.equals("schemas") ? " (generated code loses or renames model class " + name
                            + ")" : ""));
                }
            }
            for (String name : newNames) {
                if (!oldNames.contains(name)) {
                    out.compatible(NAME, "components." + section + "." + name, "new component");
                }
            }
        }
    }
}
