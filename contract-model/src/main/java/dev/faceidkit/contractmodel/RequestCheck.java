package dev.faceidkit.contractmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a received request against its operation, in the order the contract lists the fields, then the fields
 * it does not list. A field that only alternatives not chosen declare is neither required nor checked (D-22).
 */
final class RequestCheck {

    private RequestCheck() {
    }

    static List<Violation> violations(Operation operation, ReceivedRequest request) {
        List<Variant> chosen = chosenVariants(operation, request);
        List<Violation> violations = new ArrayList<>();
        for (Field field : operation.fields()) {
            Optional<ReceivedRequest.Part> part = request.first(field.name());
            boolean active = field.declaredIn().isEmpty() || field.declaredIn().stream().anyMatch(chosen::contains);
            if (part.isPresent() && part.get().kind() != field.part()) {
                violations.add(new Violation(field.name(), Violation.Type.WRONG_PART, field.name() + " must be "
                        + (field.isFile() ? "a file part" : "a text field") + ", was sent as "
                        + (field.isFile() ? "text" : "a file part")));
            } else if (part.isEmpty() || isEmptyText(part.get())) {
                requirement(field, chosen).ifPresent(why ->
                        violations.add(new Violation(field.name(), Violation.Type.MISSING, field.name() + " is required" + why)));
            } else if (!active) {
                violations.add(new Violation(field.name(), Violation.Type.IGNORED_FIELD, ignored(field, chosen,
                        field.isFile() ? Optional.empty() : field.check(part.get().text()))));
            } else if (!field.isFile()) {
                field.check(part.get().text()).ifPresent(problem ->
                        violations.add(new Violation(field.name(), Violation.Type.INVALID_VALUE, problem.message())));
            }
        }
        Set<String> reported = new HashSet<>();
        for (ReceivedRequest.Part part : request.parts()) {
            if (operation.findField(part.name()).isEmpty() && reported.add(part.name())) {
                violations.add(new Violation(part.name(), Violation.Type.UNKNOWN_FIELD,
                        part.name() + " is not a field of " + operation.id()));
            }
        }
        return List.copyOf(violations);
    }

    /** The alternatives the request's selector values choose. */
    static List<Variant> chosenVariants(Operation operation, ReceivedRequest request) {
        List<Variant> chosen = new ArrayList<>();
        for (VariantGroup group : operation.variantGroups()) {
            request.first(group.selector()).map(ReceivedRequest.Part::text)
                    .flatMap(group::select).ifPresent(chosen::add);
        }
        return chosen;
    }

    /**
     * Why a field sent was ignored: {@code face_quality_threshold is read only for face_image_type=raw_image; this
     * request chose face_image_type=facetoken, so it was ignored (its value would be refused there: ...)}.
     */
    private static String ignored(Field field, List<Variant> chosen, Optional<FieldProblem> problem) {
        List<Variant> readers = field.declaredIn();
        String selector = readers.get(0).selector();
        String choice = chosen.stream().filter(v -> v.selector().equals(selector)).findFirst()
                .map(v -> "this request chose " + v.selection())
                .orElse("this request chose no valid " + selector);
        return field.name() + " is read only for " + String.join(" or ", readers.stream().map(Variant::selection)
                .toList()) + "; " + choice + ", so it was ignored"
                + problem.map(p -> " (its value would be refused there: " + p.message() + ")").orElse("");
    }

    /** Why a field is required here ({@code ""} when always, {@code " for comparison_type=1"}), or empty. */
    private static Optional<String> requirement(Field field, List<Variant> chosen) {
        if (field.alwaysRequired()) {
            return Optional.of("");
        }
        return field.requiredIn().stream().filter(chosen::contains).findFirst().map(v -> " for " + v.selection());
    }

    private static boolean isEmptyText(ReceivedRequest.Part part) {
        return part.kind() == Field.Part.TEXT && (part.text() == null || part.text().isEmpty());
    }
}
