package dev.faceidkit.sandbox.coverage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The answer of {@code GET /sandbox/coverage}: per operation of the contract, what the requests counted met, and
 * totals per kind as {@code seen / documented}. Read back by the CLI and the JUnit extension, so it also parses.
 *
 * @param apiKey            the key it is limited to, null for every client
 * @param unmatchedRequests requests to a FaceID path and method no operation has (only in the report of every client)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverageReport(String apiKey, Totals totals, List<OperationCoverage> operations,
                             long unmatchedRequests) {

    static CoverageReport of(String apiKey, List<OperationCoverage> operations, long unmatchedRequests) {
        return new CoverageReport(apiKey, Totals.of(operations), List.copyOf(operations), unmatchedRequests);
    }

    /** The operation with this operationId; an {@link IllegalArgumentException} naming the others otherwise. */
    public OperationCoverage operation(String operationId) {
        return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation '" + operationId + "'; one of "
                        + operations.stream().map(OperationCoverage::operationId).toList()));
    }

    /** So many of so many documented items met, and the share in percent (100 when nothing is documented). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ratio(long seen, long documented, double percent) {

        static Ratio of(long seen, long documented) {
            return new Ratio(seen, documented, documented == 0 ? 100.0
                    : Math.floor(1000.0 * seen / documented) / 10);
        }

        @Override
        public String toString() {
            return seen + "/" + documented;
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(Ratio operations, Ratio variants, Ratio fields, Ratio errors, Ratio successes,
                         Ratio overall) {

        static Totals of(List<OperationCoverage> operations) {
            Ratio ops = Ratio.of(operations.stream().filter(OperationCoverage::seen).count(), operations.size());
            Ratio variants = sum(operations, OperationCoverage::variants, VariantCoverage::seen);
            Ratio fields = sum(operations, OperationCoverage::fields, FieldCoverage::sent);
            Ratio errors = sum(operations, OperationCoverage::errors, ErrorCoverage::seen);
            Ratio successes = Ratio.of(operations.stream().filter(op -> op.success().seen()).count(),
                    operations.size());
            Ratio overall = Ratio.of(Stream.of(ops, variants, fields, errors, successes).mapToLong(Ratio::seen).sum(),
                    Stream.of(ops, variants, fields, errors, successes).mapToLong(Ratio::documented).sum());
            return new Totals(ops, variants, fields, errors, successes, overall);
        }

        private static <T> Ratio sum(List<OperationCoverage> operations, Function<OperationCoverage, List<T>> items,
                                     Predicate<T> seen) {
            return Ratio.of(operations.stream().flatMap(op -> items.apply(op).stream()).filter(seen).count(),
                    operations.stream().mapToLong(op -> items.apply(op).size()).sum());
        }
    }

    /**
     * @param requests         requests received
     * @param followedContract those of them the contract check found nothing wrong with
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OperationCoverage(String operationId, String method, String path, boolean seen, long requests,
                                    long followedContract, Success success, List<VariantCoverage> variants,
                                    List<FieldCoverage> fields, List<ErrorCoverage> errors) {

        OperationCoverage(String operationId, String method, String path, long requests, long followedContract,
                          long successes, List<VariantCoverage> variants, List<FieldCoverage> fields,
                          List<ErrorCoverage> errors) {
            this(operationId, method, path, requests > 0, requests, followedContract,
                    new Success(successes > 0, successes), List.copyOf(variants), List.copyOf(fields),
                    List.copyOf(errors));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Success(boolean seen, long count) {
    }

    /**
     * One alternative of a variant group.
     *
     * @param group     the selecting field, such as {@code comparison_type}
     * @param name      the alternative's schema title, such as {@code DataSourceComparison}
     * @param selection such as {@code comparison_type=1}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VariantCoverage(String group, String name, String selection, boolean seen, long count) {

        VariantCoverage(String group, String name, String selection, long count) {
            this(group, name, selection, count > 0, count);
        }
    }

    /**
     * A field the operation does not always require.
     *
     * @param requiredFor the alternatives that require it (empty: optional everywhere)
     * @param sent        whether a request carried it, not empty
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldCoverage(String name, List<String> requiredFor, boolean sent, long count) {

        FieldCoverage(String name, List<String> requiredFor, long count) {
            this(name, List.copyOf(requiredFor), count > 0, count);
        }
    }

    /**
     * One documented error row (a code documented at two statuses has two).
     *
     * @param billed           whether such a failure is charged (the contract's billing column)
     * @param billedWhenDetail details that make it charged although it is not otherwise
     * @param seen             whether a request was answered with it
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorCoverage(String code, int status, boolean billed, List<String> billedWhenDetail, boolean seen,
                                long count) {

        ErrorCoverage(String code, int status, boolean billed, List<String> billedWhenDetail, long count) {
            this(code, status, billed, List.copyOf(billedWhenDetail), count > 0, count);
        }
    }
}
