package dev.faceidkit.sandbox.error;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Issues identifiers shaped like the service's: {@code <unix seconds>,<uuid>} (request_id, biz_token, biz_id). */
@Component
public class RequestIds {

    private final Clock clock;

    public RequestIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        return clock.instant().getEpochSecond() + "," + UUID.randomUUID();
    }
}
