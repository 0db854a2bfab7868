package dev.faceidkit.conformancetests.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.Operation;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.conformancetests.contract.ResponseExample;
import java.util.ArrayList;
import java.util.List;

/** Every example the contract holds: form bodies, responses, and each parameter's {@code example}. */
final class ExampleCases {

    private ExampleCases() {
    }

    static List<ExampleCase> of(Contract contract) {
        List<ExampleCase> cases = new ArrayList<>();
        for (RequestExample example : contract.requestExamples()) {
            if (example.schema() != null) {
                cases.add(new ExampleCase(example.operation().id(), "request " + example.name(), example.schema(),
                        example.fields()));
            }
        }
        for (ResponseExample example : contract.responseExamples()) {
            cases.add(new ExampleCase(example.operation().id(), example.status() + " " + example.name(),
                    example.schema(), example.value()));
        }
        for (Operation op : contract.operations()) {
            for (JsonNode parameter : contract.parameters(op)) {
                if (parameter.has("example")) {
                    cases.add(new ExampleCase(op.id(), "parameter " + parameter.path("name").asText(),
                            parameter.path("schema"), parameter.get("example")));
                }
            }
        }
        return cases;
    }
}
