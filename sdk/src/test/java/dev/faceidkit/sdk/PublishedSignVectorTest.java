package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sdk.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The vendor's published sign example (app authentication document, Python sample: raw
 * {@code a=ICVvC_xUs6177WEtyUNwIH8J6NfGu50t&b=1530762218&c=1530762118&d=0799687066}), reproduced through the
 * client's own configuration: a fixed clock, a 100-second validity and a random source that draws 799687066,
 * which the client writes as the ten digits {@code 0799687066}.
 */
class PublishedSignVectorTest {

    private static final String API_KEY = "ICVvC_xUs6177WEtyUNwIH8J6NfGu50t";
    private static final String API_SECRET = "UjYGdN9CBZKsDBLB5-5v3DykPXY6dw3q";
    // (printf '%s' "$raw" | openssl dgst -sha1 -hmac "$API_SECRET" -binary; printf '%s' "$raw") | base64 -w0
    private static final String PUBLISHED_SIGN = "SPzLRbDBgTGC2A8YdDaa7Jrny+5hPUlDVnZDX3hVczYxNzdXRXR5VU53SUg4SjZOZkd1"
            + "NTB0JmI9MTUzMDc2MjIxOCZjPTE1MzA3NjIxMTgmZD0wNzk5Njg3MDY2";

    @Test
    void theClientSendsThePublishedSign() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(json(200, "{\"request_id\":\"r\",\"time_used\":1,\"biz_token\":\"t\"}"));
            server.start();
            try (FaceIdClient client = FaceIdClient.builder().apiKey(API_KEY).apiSecret(API_SECRET)
                    .baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.builder().maxRetries(0).build())
                    .clock(Clock.fixed(Instant.ofEpochSecond(1_530_762_118L), ZoneOffset.UTC))
                    .signValidity(Duration.ofSeconds(100))
                    .signRandom(drawing(799_687_066L))
                    .build()) {
                client.getBizToken(BizTokenRequest.builder().liveness(Liveness.still())
                        .comparison(Comparison.dataSource("张三", "11010519491231002X")).build());
            }
            RecordedRequest sent = server.takeRequest();
            String body = sent.getBody().readUtf8();
            int part = body.indexOf("name=\"sign\"");
            int value = body.indexOf("\r\n\r\n", part) + 4;
            assertThat(body.substring(value, body.indexOf("\r\n", value))).isEqualTo(PUBLISHED_SIGN);
        }
    }

    /** A random source whose one bounded draw (below 10^10, as the signer asks) is {@code value}. */
    private static RandomGenerator drawing(long value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("the signer draws with a bound");
            }

            @Override
            public long nextLong(long bound) {
                assertThat(bound).isEqualTo(10_000_000_000L);
                return value;
            }
        };
    }
}
