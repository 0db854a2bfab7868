package dev.faceidkit.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Which photo bytes the verify requests carry: {@code REPEATED}, the documented test identity's photo in every
 * request (what a team's contract tests send); {@code UNIQUE}, that photo with a counter appended after its
 * PNG end chunk, different in each part of each request: the same pixels and answer, but bytes no server has
 * seen before (the sandbox decodes each one instead of recognising it).
 */
enum Images {
    REPEATED("the same bytes in every request", 20), UNIQUE("bytes unique to each part (a counter after the PNG end)", 10);

    private final String description;
    private final double targetRatio;

    Images(String description, double targetRatio) {
        this.description = description;
        this.targetRatio = targetRatio;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String description() {
        return description;
    }

    /** The throughput ratio sandbox/Prism issue 14 asks for with these photos. */
    double targetRatio() {
        return targetRatio;
    }

    /** {@code repeated}, {@code unique} or {@code both}. */
    static List<Images> parse(String value) {
        return value.equalsIgnoreCase("both") ? List.of(values())
                : List.of(valueOf(value.toUpperCase(Locale.ROOT)));
    }
}
