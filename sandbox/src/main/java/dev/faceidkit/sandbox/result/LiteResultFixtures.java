package dev.faceidkit.sandbox.result;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Seeds one get_result record per scenario ({@code sandbox-<scenario>}), the record of the contract's example
 * biz_id, and one past its retention ({@value #EXPIRED}), all owned by {@value #OWNER}. Each can be read three
 * times per sandbox start; {@code POST /sandbox/lite/results} makes fresh ones.
 */
@Component
public class LiteResultFixtures {

    public static final String OWNER = "example-api-key";
    public static final String PREFIX = "sandbox-";
    public static final String EXPIRED = "sandbox-expired";
    public static final String DOCS_BIZ_ID = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1";
    private static final String DOCS_SCENARIO = "docs-success";

    public LiteResultFixtures(ResultStore store, LiteScenarioCatalog scenarios, Clock clock) {
        Instant now = clock.instant();
        for (LiteScenario scenario : scenarios.all()) {
            store.put(PREFIX + scenario.name(), OWNER, scenario, now);
        }
        LiteScenario docs = scenarios.find(DOCS_SCENARIO).orElseThrow();
        store.put(DOCS_BIZ_ID, OWNER, docs, now);
        store.put(EXPIRED, OWNER, docs, now.minus(store.retention()).minus(Duration.ofHours(1)));
    }
}
