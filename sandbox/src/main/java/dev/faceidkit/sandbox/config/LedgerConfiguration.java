package dev.faceidkit.sandbox.config;

import dev.faceidkit.sandbox.state.OnceOnlyLedger;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two once-only ledgers of Verify: MegLive deltas ({@code DELTA_USED}) and MegLiveFlash biz numbers. */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    /** How long a used value is remembered at least; the documents set no limit, one day covers any test. */
    private static final Duration RETENTION = Duration.ofDays(1);

    @Bean
    OnceOnlyLedger usedDeltas(Clock clock) {
        return new OnceOnlyLedger(clock, RETENTION);
    }

    @Bean
    OnceOnlyLedger usedMegLiveBizNos(Clock clock) {
        return new OnceOnlyLedger(clock, RETENTION);
    }
}
