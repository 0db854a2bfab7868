package dev.faceidkit.sandbox.result;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.ContractException;
import dev.faceidkit.contractmodel.ResultLifetime;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Lite results, each kept and readable as get_result's {@code x-faceid-result-lifetime} says (D-61: one day, three
 * reads): of any number of concurrent reads of one record exactly that many succeed, the others and any later read
 * get {@code DATA_DESTROYED}. A record is only visible to the api_key that owns it.
 */
@Component
public class ResultStore {

    private final Map<String, LiteRecord> records = new ConcurrentHashMap<>();
    private final Clock clock;
    private final RequestIds ids;
    private final int maxReads;
    private final Duration retention;

    public ResultStore(Clock clock, RequestIds ids, Contract contract) {
        this.clock = clock;
        this.ids = ids;
        ResultLifetime lifetime = contract.operation(ApiOperation.GET_RESULT.operationId()).resultLifetime()
                .orElseThrow(() -> new ContractException(contract + ": get_result states no x-faceid-result-lifetime"));
        this.maxReads = lifetime.reads();
        this.retention = lifetime.retention();
    }

    /** How many times a record can be read. */
    public int maxReads() {
        return maxReads;
    }

    /** How long a record is kept after it was made. */
    public Duration retention() {
        return retention;
    }

    public LiteRecord create(String apiKey, LiteScenario scenario) {
        return put(ids.next(), apiKey, scenario, clock.instant());
    }

    /** A record with a chosen id and age, for fixtures. */
    public LiteRecord put(String bizId, String apiKey, LiteScenario scenario, Instant createdAt) {
        LiteRecord record = new LiteRecord(bizId, apiKey, scenario, createdAt, new AtomicInteger());
        records.put(bizId, record);
        return record;
    }

    /**
     * The record, if {@code apiKey} may read it now ({@code RESULT_NOT_FOUND}, {@code DATA_DESTROYED} otherwise).
     * The read is not counted yet: see {@link #countRead(LiteRecord)}.
     */
    public LiteRecord find(String bizId, String apiKey) {
        LiteRecord record = records.get(bizId);
        if (record == null || !record.apiKey().equals(apiKey)) {
            throw FaceIdError.of(FaceIdErrorCode.RESULT_NOT_FOUND);
        }
        if (!clock.instant().isBefore(record.createdAt().plus(retention))) {
            throw FaceIdError.of(FaceIdErrorCode.DATA_DESTROYED);
        }
        return record;
    }

    /** Counts a successful read; {@code DATA_DESTROYED} once the reads are used up. */
    public void countRead(LiteRecord record) {
        if (record.reads().incrementAndGet() > maxReads) {
            throw FaceIdError.of(FaceIdErrorCode.DATA_DESTROYED);
        }
    }

    public Collection<LiteRecord> all() {
        return records.values();
    }
}
