package dev.faceidkit.sandbox.coverage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one client sent to one operation and what it was answered, as counts by name: requests, requests that
 * followed the contract, successes, each alternative chosen, each optional field sent and each documented error
 * (by {@code code status}) answered. Names only: no values, so no secret or image byte is kept.
 */
final class OperationTally {

    final LongAdder requests = new LongAdder();
    final LongAdder followed = new LongAdder();
    final LongAdder successes = new LongAdder();
    final Map<String, LongAdder> variants = new ConcurrentHashMap<>();
    final Map<String, LongAdder> fields = new ConcurrentHashMap<>();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    static void count(Map<String, LongAdder> counts, String name) {
        counts.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    static long countOf(Map<String, LongAdder> counts, String name) {
        LongAdder count = counts.get(name);
        return count == null ? 0 : count.sum();
    }

    static String errorKey(String code, int status) {
        return code + " " + status;
    }

    /** This tally's counts added to {@code into}. */
    void addTo(OperationTally into) {
        into.requests.add(requests.sum());
        into.followed.add(followed.sum());
        into.successes.add(successes.sum());
        addAll(variants, into.variants);
        addAll(fields, into.fields);
        addAll(errors, into.errors);
    }

    private static void addAll(Map<String, LongAdder> from, Map<String, LongAdder> into) {
        from.forEach((name, count) -> into.computeIfAbsent(name, n -> new LongAdder()).add(count.sum()));
    }
}
