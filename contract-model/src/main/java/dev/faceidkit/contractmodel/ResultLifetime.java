package dev.faceidkit.contractmodel;

import java.time.Duration;

/**
 * How long an operation's stored result lives ({@code x-faceid-result-lifetime}, D-61): it can be read
 * {@code reads} times and is kept for {@code retention}; after either, reads are refused.
 */
public record ResultLifetime(int reads, Duration retention) {

    public ResultLifetime {
        if (reads < 1 || retention == null || retention.isNegative() || retention.isZero()) {
            throw new ContractException("x-faceid-result-lifetime needs reads >= 1 and a positive retention, was "
                    + reads + ", " + retention);
        }
    }
}
