package dev.faceidkit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BizTokenSignPayloadTest {

    @Test
    void rawTextPutsExpiryBeforeCurrentTime() {
        assertThat(new BizTokenSignPayload("key", 100, 200, "007").toRawString()).isEqualTo("a=key&b=200&c=100&d=007");
    }

    @Test
    void parseReadsBackWhatToRawStringWrites() {
        BizTokenSignPayload payload = new BizTokenSignPayload("k=1", 1_700_000_000L, 1_700_000_300L, "4294967295");

        assertThat(BizTokenSignPayload.parse(payload.toRawString())).isEqualTo(payload);
    }

    @Test
    void parseRejectsMissingFieldsWrongOrderAndOutOfRangeNumbers() {
        for (String raw : new String[] {"a=k&b=2&c=1", "b=2&a=k&c=1&d=1", "a=&b=2&c=1&d=1", "a=k&b=2&c=1&d=123456789012345678901", "a=k&b=2&c=1&d=+1"}) {
            assertThatThrownBy(() -> BizTokenSignPayload.parse(raw))
                    .as(raw)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("raw text is not laid out");
        }
        assertThatThrownBy(() -> BizTokenSignPayload.parse("a=k&b=9999999999999999999&c=1&d=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time field out of range");
        assertThatThrownBy(() -> BizTokenSignPayload.parse("a=k&b=1&c=2&d=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expireTime (1) must be after currentTime (2)");
    }
}
