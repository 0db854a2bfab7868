package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox takes its rules from the contract: started with a copy whose get_biz_token limits are wider and
 * whose security_level has one more value ({@code faceid.sandbox.contract}), it accepts what the bundled contract
 * refuses; with verify's image narrowed to 16 pixels a side ({@code x-faceid-max-pixels}), it refuses the photo the
 * bundled contract takes; with one read per result ({@code x-faceid-result-lifetime}), the second read is
 * {@code DATA_DESTROYED}. No code change either way.
 */
class FollowsTheContractTest {

    private static Form widenedValues(Form form) {
        return form.text("liveness_timeout", "90").text("security_level", "5").text("biz_no", "b".repeat(200));
    }

    @Nested
    class WithAWidenedCopy extends SandboxTestBase {

        @DynamicPropertySource
        static void widenedContract(DynamicPropertyRegistry registry) throws IOException {
            Path copy = Files.createTempFile("faceid-widened", ".json");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, widenedCopy().toString());
            registry.add("faceid.sandbox.contract", copy::toString);
        }

        @Test
        void acceptsTheWidenedValues() {
            Reply reply = http.post(BIZ_TOKEN, widenedValues(bizTokenForm()));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.json().path("biz_token").asText()).isNotEmpty();
        }

        @Test
        void servesTheCopyItEnforces() {
            assertThat(http.get("/openapi.json").json().at("/components/schemas/BizTokenRequest/properties"
                    + "/liveness_timeout/x-faceid-integer-range/maximum").asInt()).isEqualTo(90);
            assertThat(http.get("/openapi.yaml").text()).contains("x-faceid-result-lifetime").contains("reads: 1");
        }

        @Test
        void aResultCanBeReadAsOftenAsTheCopySays() {
            String bizId = newResult(KEY, "docs-success");
            assertThat(http.get(getResultQuery(KEY, SECRET, bizId)).status()).isEqualTo(200);
            Reply second = http.get(getResultQuery(KEY, SECRET, bizId));
            assertThat(second.status()).isEqualTo(403);
            assertThat(second.error()).isEqualTo("DATA_DESTROYED");
        }

        @Test
        void refusesAnImageOverTheNarrowedLimit() {
            Reply reply = http.post(VERIFY, verifyDataSourceForm(NORMAL_ID, NORMAL_NAME));
            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("INVALID_IMAGE_SIZE: image");
        }
    }

    @Nested
    class WithTheBundledContract extends SandboxTestBase {

        @Test
        void aResultCanBeReadThreeTimes() {
            String bizId = newResult(KEY, "docs-success");
            for (int read = 1; read <= 3; read++) {
                assertThat(http.get(getResultQuery(KEY, SECRET, bizId)).status()).as("read %d", read).isEqualTo(200);
            }
            assertThat(http.get(getResultQuery(KEY, SECRET, bizId)).error()).isEqualTo("DATA_DESTROYED");
        }

        @Test
        void takesThePhotoTheNarrowedCopyRefuses() {
            assertThat(http.post(VERIFY, verifyDataSourceForm(NORMAL_ID, NORMAL_NAME)).status()).isEqualTo(200);
        }

        @Test
        void refusesEachOfThem() {
            assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("liveness_timeout", "90")).error())
                    .isEqualTo("BAD_ARGUMENTS: liveness_timeout");
            assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("security_level", "5")).error())
                    .isEqualTo("BAD_ARGUMENTS: security_level");
            assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("biz_no", "b".repeat(200))).error())
                    .isEqualTo("BAD_ARGUMENTS: biz_no");
        }
    }

    /** The bundled contract with get_biz_token's liveness_timeout 5-90, biz_no 256 and security_level 5 allowed. */
    static JsonNode widenedCopy() throws IOException {
        JsonNode tree;
        try (InputStream in = FollowsTheContractTest.class.getClassLoader()
                .getResourceAsStream(Contract.BUNDLE_RESOURCE)) {
            tree = new ObjectMapper().readTree(in);
        }
        ((ObjectNode) tree.at("/components/schemas/VerifyRequest/properties/image")).put("x-faceid-max-pixels", 16);
        ((ObjectNode) tree.at("/paths/~1faceid~1lite~1get_result/get/x-faceid-result-lifetime")).put("reads", 1);
        ObjectNode fields = (ObjectNode) tree.at("/components/schemas/BizTokenRequest/properties");
        ObjectNode timeout = (ObjectNode) fields.get("liveness_timeout");
        timeout.put("pattern", "^([5-9]|[1-8][0-9]|90)$");
        ((ObjectNode) timeout.get("x-faceid-integer-range")).put("maximum", 90);
        ((ObjectNode) fields.get("biz_no")).put("maxLength", 256).put("x-faceid-max-bytes", 256);
        ((ArrayNode) fields.get("security_level").get("enum")).add("5");
        ((ArrayNode) fields.get("security_level").get("x-enum-varnames")).add("EXTREME");
        return tree;
    }
}
