package dev.faceidkit.conformancetests.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.conformancetests.contract.SpecField;
import dev.faceidkit.conformancetests.contract.SpecFields;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.images.TestImages;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A request example of the contract as an HTTP request, field for field: text fields as written, file fields
 * as a picture named as the example names it. Two values are replaced by what a real caller would send,
 * because the example's would be refused for reasons outside the contract: the {@code sign} of get_biz_token,
 * which the example fixes in 2025 (so it has expired), by a fresh one for the same key; and the MegLiveFlash
 * result file, which must be one the sandbox made.
 */
final class ExampleRequestForms {

    private final Map<String, Map<String, SpecField>> fieldsByOperation;
    private final SandboxFixtures fixtures;

    ExampleRequestForms(Contract contract, SandboxFixtures fixtures) {
        SpecFields fields = new SpecFields(contract);
        this.fieldsByOperation = contract.operations().stream().collect(Collectors.toMap(op -> op.id(),
                op -> fields.of(op).stream().collect(Collectors.toMap(SpecField::name, Function.identity()))));
        this.fixtures = fixtures;
    }

    Form form(RequestExample example) {
        Map<String, SpecField> fields = fieldsByOperation.get(example.operation().id());
        Form form = Form.of();
        for (Map.Entry<String, JsonNode> entry : example.fields().properties()) {
            String name = entry.getKey();
            String value = entry.getValue().asText();
            SpecField field = fields.get(name);
            if ("sign".equals(name)) {
                form = form.text(name, SandboxFixtures.freshSign(Accounts.KEY, Accounts.SECRET));
            } else if ("meglive_flash_result".equals(name)) {
                form = form.file(name, value, fixtures.megLiveFlashResult());
            } else if (field != null && field.binary()) {
                form = form.file(name, value, TestImages.faceBmp(0));
            } else {
                form = form.text(name, value);
            }
        }
        return form;
    }

    /** {@code ?name=value&...} from a query example. */
    static String query(JsonNode fields) {
        StringJoiner query = new StringJoiner("&", "?", "");
        fields.properties().forEach(e -> query.add(Forms.encode(e.getKey()) + "=" + Forms.encode(e.getValue().asText())));
        return query.toString();
    }
}
