package dev.faceidkit.sandbox.coverage;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.DocumentedError;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.contractmodel.ReceivedRequest;
import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.contractmodel.VariantGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Contract coverage of the clients that call the sandbox: per api_key and operation, which alternatives, optional
 * fields, documented errors and successes their requests met. Kept apart from the request journal, whose ring
 * forgets, and bounded by {@code faceid.sandbox.coverage.keys} keys (requests of further keys count under no key).
 * What is documented (every operation, alternative, field and error listed in a report) is read from the contract
 * the sandbox enforces, so a new code or field appears in the report with no code change.
 */
@Component
public class ContractCoverage {

    /** Where requests without an api_key (or beyond the key limit) are counted. */
    private static final String NO_KEY = "";

    private final Contract contract;
    private final int maxKeys;
    private final Map<String, Map<String, OperationTally>> byKey = new ConcurrentHashMap<>();
    private final LongAdder unmatched = new LongAdder();

    public ContractCoverage(Contract contract, @Value("${faceid.sandbox.coverage.keys:1000}") int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("faceid.sandbox.coverage.keys must be at least 1, was " + maxKeys);
        }
        this.contract = contract;
        this.maxKeys = maxKeys;
    }

    /**
     * Counts one answered request: {@code operation} empty for a path and method the contract does not define,
     * {@code error} the code and detail answered (null on success), {@code followed} whether the request followed
     * the contract.
     */
    public void record(String apiKey, Optional<Operation> operation, ReceivedRequest request, int status, String error,
                       boolean followed) {
        if (operation.isEmpty()) {
            unmatched.increment();
            return;
        }
        Operation op = operation.get();
        OperationTally tally = tallies(apiKey).computeIfAbsent(op.id(), id -> new OperationTally());
        tally.requests.increment();
        if (followed) {
            tally.followed.increment();
        }
        for (Variant variant : op.chosenVariants(request)) {
            OperationTally.count(tally.variants, variant.name());
        }
        for (ReceivedRequest.Part part : request.parts()) {
            // An empty part is as if not sent (D-55); a field sent twice counts once.
            if ((part.size() > 0 || part.text() != null && !part.text().isEmpty())
                    && request.first(part.name()).orElseThrow() == part) {
                OperationTally.count(tally.fields, part.name());
            }
        }
        if (error == null && status >= 200 && status < 300) {
            tally.successes.increment();
        } else {
            op.errors().answered(status, error).ifPresent(documented ->
                    OperationTally.count(tally.errors, OperationTally.errorKey(documented.code(), documented.status())));
        }
    }

    private Map<String, OperationTally> tallies(String apiKey) {
        String key = apiKey == null || apiKey.isEmpty() ? NO_KEY : apiKey;
        Map<String, OperationTally> tallies = byKey.get(key);
        if (tallies == null && byKey.size() >= maxKeys) {
            key = NO_KEY;
        }
        return byKey.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
    }

    /** Forgets every count, or those of one key. */
    public void reset(Optional<String> apiKey) {
        if (apiKey.isPresent()) {
            byKey.remove(apiKey.get());
        } else {
            byKey.clear();
            unmatched.reset();
        }
    }

    /** The report of every client, or of one api_key. */
    public CoverageReport report(Optional<String> apiKey) {
        Map<String, OperationTally> merged = new HashMap<>();
        byKey.forEach((key, tallies) -> {
            if (apiKey.isEmpty() || apiKey.get().equals(key)) {
                tallies.forEach((id, tally) -> tally.addTo(merged.computeIfAbsent(id, i -> new OperationTally())));
            }
        });
        List<CoverageReport.OperationCoverage> operations = new ArrayList<>();
        for (Operation op : contract.operations()) {
            operations.add(operationCoverage(op, merged.getOrDefault(op.id(), new OperationTally())));
        }
        return CoverageReport.of(apiKey.orElse(null), operations, apiKey.isEmpty() ? unmatched.sum() : 0);
    }

    private static CoverageReport.OperationCoverage operationCoverage(Operation op, OperationTally tally) {
        List<CoverageReport.VariantCoverage> variants = new ArrayList<>();
        for (VariantGroup group : op.variantGroups()) {
            for (Variant variant : group.variants()) {
                variants.add(new CoverageReport.VariantCoverage(group.selector(), variant.name(),
                        variant.selection(), OperationTally.countOf(tally.variants, variant.name())));
            }
        }
        List<CoverageReport.FieldCoverage> fields = new ArrayList<>();
        for (Field field : op.fields()) {
            if (!field.alwaysRequired()) {
                fields.add(new CoverageReport.FieldCoverage(field.name(),
                        field.requiredIn().stream().map(Variant::selection).toList(),
                        OperationTally.countOf(tally.fields, field.name())));
            }
        }
        List<CoverageReport.ErrorCoverage> errors = new ArrayList<>();
        for (DocumentedError error : op.errors().all()) {
            errors.add(new CoverageReport.ErrorCoverage(error.code(), error.status(), error.billed(),
                    error.billedWhenDetail(), OperationTally.countOf(tally.errors,
                    OperationTally.errorKey(error.code(), error.status()))));
        }
        return new CoverageReport.OperationCoverage(op.id(), op.method(), op.path(), tally.requests.sum(),
                tally.followed.sum(), tally.successes.sum(), variants, fields, errors);
    }
}
