package dev.faceidkit.contractmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.OptionalLong;

/** One operation of the contract: where it is served, its request fields and variant groups, and its errors. */
public final class Operation {

    private final String id;
    private final String method;
    private final String path;
    private final boolean formBody;
    private final List<Field> fields;
    /** By wire name: the sandbox looks fields up for every part of every request. */
    private final Map<String, Field> fieldsByName;
    private final List<VariantGroup> variantGroups;
    private final ErrorCatalogue errors;
    private final Long maxRequestBytes;
    private final String errorKey;
    private final ResultLifetime resultLifetime;

    Operation(String id, String method, String path, boolean formBody, List<Field> fields,
              List<VariantGroup> variantGroups, ErrorCatalogue errors, Long maxRequestBytes, String errorKey,
              ResultLifetime resultLifetime) {
        this.id = id;
        this.method = method;
        this.path = path;
        this.formBody = formBody;
        this.fields = List.copyOf(fields);
        this.fieldsByName = this.fields.stream().collect(Collectors.toUnmodifiableMap(Field::name, Function.identity()));
        this.variantGroups = List.copyOf(variantGroups);
        this.errors = errors;
        this.maxRequestBytes = maxRequestBytes;
        this.errorKey = errorKey;
        this.resultLifetime = resultLifetime;
    }

    /** How long the result this operation reads lives ({@code x-faceid-result-lifetime}, D-61), if it says. */
    public Optional<ResultLifetime> resultLifetime() {
        return Optional.ofNullable(resultLifetime);
    }

    /** The {@code operationId}, such as {@code getBizToken}. */
    public String id() {
        return id;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Whether the request is a {@code multipart/form-data} body; otherwise its fields are query parameters. */
    public boolean takesForm() {
        return formBody;
    }

    /** Every field, in document order. */
    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> findField(String name) {
        return Optional.ofNullable(fieldsByName.get(name));
    }

    /** The field with this wire name; a {@link ContractException} when the operation has none. */
    public Field field(String name) {
        return findField(name).orElseThrow(() -> new ContractException(id + " has no field " + name));
    }

    /** The groups of alternatives, in document order. */
    public List<VariantGroup> variantGroups() {
        return variantGroups;
    }

    /** The group selected by this field; a {@link ContractException} when there is none. */
    public VariantGroup variantGroup(String selector) {
        for (VariantGroup group : variantGroups) { // two at most: a loop, as the SDK asks on every build
            if (group.selector().equals(selector)) {
                return group;
            }
        }
        throw new ContractException(id + " has no variant group selected by " + selector);
    }

    public ErrorCatalogue errors() {
        return errors;
    }

    /** The whole request's size limit behind the documented 413 ({@code x-faceid-max-request-bytes}). */
    public OptionalLong maxRequestBytes() {
        return maxRequestBytes == null ? OptionalLong.empty() : OptionalLong.of(maxRequestBytes);
    }

    /** The key of the error body that carries the code: the first required property of its error schema. */
    public String errorKey() {
        return errorKey;
    }

    /** The alternatives the request's selector values choose, one per group at most. */
    public List<Variant> chosenVariants(ReceivedRequest request) {
        return RequestCheck.chosenVariants(this, request);
    }

    /** The fields sent, checked against this operation: see {@link RequestCheck}. */
    public List<Violation> check(ReceivedRequest request) {
        return RequestCheck.violations(this, request);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + id + ")";
    }
}
