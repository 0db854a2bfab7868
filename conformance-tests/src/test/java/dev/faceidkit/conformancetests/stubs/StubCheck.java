package dev.faceidkit.conformancetests.stubs;

import dev.faceidkit.conformancetests.contract.SpecField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Compares the fields of an operation in the contract with the parameters of a generated method. */
final class StubCheck {

    private StubCheck() {
    }

    /**
     * Server stubs: each field under its wire name, files as parts, {@code required=true} exactly on the
     * always-required fields, and nothing else.
     */
    static List<String> server(List<SpecField> fields, List<StubParameter> parameters) {
        List<String> problems = new ArrayList<>();
        Map<String, StubParameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (SpecField field : fields) {
            StubParameter parameter = byName.remove(field.name());
            if (parameter == null) {
                problems.add("no parameter for field " + field.name());
            } else {
                if (parameter.file() != field.binary()) {
                    problems.add(field.name() + ": " + (field.binary() ? "a file" : "text") + " in the contract, "
                            + (parameter.file() ? "a file" : "text") + " in the stub");
                }
                if (!Objects.equals(parameter.required(), field.alwaysRequired())) {
                    problems.add(field.name() + ": required=" + parameter.required() + ", the contract says "
                            + field.alwaysRequired());
                }
            }
        }
        byName.keySet().forEach(name -> problems.add("parameter " + name + " is no field of the contract"));
        return problems;
    }

    /**
     * Retrofit client: the generator puts the always-required fields first and keeps the contract's order within
     * both groups. So position i must be the i-th field of that order: named parts and queries by their name,
     * unnamed file parts by position and type (a file part where the contract has a binary field). A named
     * neighbour anchors each file slot, so a missing, extra or shifted slot shows as a mismatch.
     */
    static List<String> client(List<SpecField> fields, List<StubParameter> parameters) {
        List<SpecField> expected = Stream.concat(fields.stream().filter(SpecField::alwaysRequired),
                fields.stream().filter(f -> !f.alwaysRequired())).toList();
        List<String> problems = new ArrayList<>();
        if (expected.size() != parameters.size()) {
            problems.add(parameters.size() + " parameters for " + expected.size() + " fields: "
                    + expected.stream().map(SpecField::name).toList());
        }
        for (int i = 0; i < Math.min(expected.size(), parameters.size()); i++) {
            SpecField field = expected.get(i);
            StubParameter parameter = parameters.get(i);
            String slot = "parameter " + (i + 1) + " (" + (field.alwaysRequired() ? "required" : "optional")
                    + " field " + field.name() + ")";
            if (field.binary() && !(parameter.file() && parameter.name() == null)) {
                problems.add(slot + " should be an unnamed file part, is " + parameter);
            } else if (!field.binary() && (parameter.file() || !field.name().equals(parameter.name()))) {
                problems.add(slot + " is " + parameter);
            }
        }
        return problems;
    }
}
