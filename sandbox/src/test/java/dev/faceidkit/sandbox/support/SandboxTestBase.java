package dev.faceidkit.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.http.SandboxHttp;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One sandbox on a random port for every test class (the Spring context is shared), a movable clock, and the
 * valid base forms of the four operations that cases vary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SandboxTestBase.TestClock.class)
public abstract class SandboxTestBase {

    public static final String KEY = "example-api-key";
    public static final String SECRET = "example-api-secret";
    public static final String NORMAL_ID = "11010519491231002X";
    public static final String NORMAL_NAME = "张三";
    public static final String VERIFY = "/faceid/v2/verify";
    public static final String RAW_VERIFY = "/faceid/lite/raw/verify";
    public static final String BIZ_TOKEN = "/faceid/v3/sdk/get_biz_token";
    public static final String GET_RESULT = "/faceid/lite/get_result";
    public static final String SIDE_FACE_TOKEN = "1490012180,token-side-face-8e2a41c9";

    private static final AtomicLong UNIQUE = new AtomicLong();
    private static final ContractSchemas CONTRACT = new ContractSchemas();

    @LocalServerPort
    private int port;

    @Autowired
    protected MutableClock clock;

    protected SandboxHttp http;
    private byte[] portrait;

    @BeforeEach
    void connect() {
        http = new SandboxHttp(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The normal identity's face, as served at its documented URL. */
    protected byte[] portrait() {
        if (portrait == null) {
            Reply reply = http.get("/sandbox/identities/" + NORMAL_ID + "/photo.png");
            portrait = reply.body();
        }
        return portrait;
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime();
    }

    /** Verify: reference-photo comparison of a raw image, both the normal identity's face. */
    protected Form verifyForm() {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "raw_image")
                .text("uuid", "user-10001").file("image_ref1", portrait()).file("image", portrait());
    }

    /** Verify: data-source comparison of a raw image of the normal identity. */
    protected Form verifyDataSourceForm(String idcardNumber, String name) {
        return credentials(KEY, SECRET).text("comparison_type", "1").text("face_image_type", "raw_image")
                .text("idcard_name", name).text("idcard_number", idcardNumber).file("image", portrait());
    }

    /** Raw-Verify: reference-photo comparison with the contract's side-face token. */
    protected Form rawVerifyForm() {
        return credentials(KEY, SECRET).text("token", SIDE_FACE_TOKEN).text("comparison_type", "0")
                .text("uuid", "user-10001").file("image_ref1", portrait()).text("biz_no", "biz-20261121-0001");
    }

    /** get_biz_token: still liveness, face comparison, signed now for five minutes. */
    protected Form bizTokenForm() {
        return signed(KEY, SECRET).text("liveness_type", "still").text("comparison_type", "0")
                .text("uuid", unique("user")).file("image_ref1", portrait());
    }

    protected Form signed(String apiKey, String apiSecret) {
        long now = clock.instant().getEpochSecond();
        return Form.of().text("sign", BizTokenSigner.sign(apiKey, apiSecret, now, now + 300, "2718281828").sign())
                .text("sign_version", "hmac_sha1");
    }

    protected static Form credentials(String apiKey, String apiSecret) {
        return Form.of().text("api_key", apiKey).text("api_secret", apiSecret);
    }

    protected String getResultQuery(String apiKey, String apiSecret, String bizId) {
        return GET_RESULT + "?api_key=" + encode(apiKey) + "&api_secret=" + encode(apiSecret) + "&biz_id=" + encode(bizId);
    }

    /** A fresh get_result record of a scenario, owned by {@code apiKey}. */
    protected String newResult(String apiKey, String scenario) {
        Reply reply = http.post("/sandbox/lite/results", Form.of().text("api_key", apiKey).text("scenario", scenario));
        if (reply.status() != 201) {
            throw new IllegalStateException("Cannot create a result: " + reply);
        }
        return reply.json().path("biz_id").asText();
    }

    /** The reply has {@code status} and a body valid against that response's schema in the contract. */
    protected static JsonNode conforming(String operationId, int status, Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(CONTRACT.check(operationId, status, reply.json())).as("schema of %s", reply).isEmpty();
        return reply.json();
    }

    protected static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
