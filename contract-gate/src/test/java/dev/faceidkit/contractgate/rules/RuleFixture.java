package dev.faceidkit.contractgate.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Doc;
import dev.faceidkit.contractgate.compare.Json;
import dev.faceidkit.contractgate.compare.SchemaView;
import dev.faceidkit.contractgate.compare.Side;
import dev.faceidkit.contractgate.model.Change;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Small inputs for the rule tests, written as YAML flow text: {@code "{type: string, maxLength: 32}"}. */
final class RuleFixture {

    static final String WHERE = "POST /x · request application/json · `f`";
    static final String BASE = "POST /x · request application/json";

    private RuleFixture() {
    }

    static JsonNode yaml(String text) {
        try {
            return Json.YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaView view(String schema) {
        return SchemaView.of(new Doc(yaml("{}")), yaml(schema));
    }

    static SchemaPair pair(Side side, String before, String after) {
        return new SchemaPair(side, WHERE, view(before), view(after));
    }

    static PropertiesPair properties(Side side, String before, String after) {
        return new PropertiesPair(side, BASE, "", view(before), view(after), java.util.Map.of());
    }

    static List<Change> run(Consumer<Changes> rule) {
        Changes out = new Changes();
        rule.accept(out);
        return out.list();
    }

    static List<Change> schema(SchemaRule rule, Side side, String before, String after) {
        return run(out -> rule.check(pair(side, before, after), out));
    }

    static List<Change> props(PropertiesRule rule, Side side, String before, String after) {
        return run(out -> rule.check(properties(side, before, after), out));
    }

    static List<Change> document(DocumentRule rule, String before, String after) {
        return run(out -> rule.check(new Doc(yaml(before)), new Doc(yaml(after)), out));
    }
}
