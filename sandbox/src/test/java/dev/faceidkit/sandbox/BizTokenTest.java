package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.images.TestImages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** get_biz_token: signs checked per DECISIONS.md D-9, sessions for every liveness type, single-use tokens. */
class BizTokenTest extends SandboxTestBase {

    @ParameterizedTest
    @CsvSource({"meglive, 0", "still, 0", "flash, 0", "raw_image, 0", "meglive, 1", "still, 1", "flash, 1", "raw_image, 1"})
    void everyLivenessTypeAndComparisonGetsAToken(String livenessType, String comparisonType) {
        Form form = bizTokenForm().text("liveness_type", livenessType).file("image", portrait());
        if ("1".equals(comparisonType)) {
            form = form.text("comparison_type", "1").text("idcard_name", NORMAL_NAME).text("idcard_number", NORMAL_ID)
                    .without("image_ref1").without("uuid");
        }

        JsonNode body = conforming("getBizToken", 200, http.post(BIZ_TOKEN, form));

        assertThat(body.path("biz_token").asText()).matches("[0-9]{10},[0-9a-f-]{36}");
    }

    @Test
    void onlyTheDocumentedLimitsOfTheIdentityFieldsApply() {
        Form kyc = bizTokenForm().text("comparison_type", "1").without("uuid").without("image_ref1");

        conforming("getBizToken", 200, http.post(BIZ_TOKEN, kyc.text("idcard_name", "名".repeat(40))
                .text("idcard_number", "A-document-number-")));
        assertThat(http.post(BIZ_TOKEN, kyc.text("idcard_name", NORMAL_NAME).text("idcard_number", "1234567890123456789"))
                .error()).isEqualTo("BAD_ARGUMENTS: idcard_number");
    }

    @Test
    void aReferencePhotoWithSeveralFacesIsComparedByItsLargest() {
        conforming("getBizToken", 200, http.post(BIZ_TOKEN, bizTokenForm()
                .file("image_ref1", TestImages.solid(TestImages.RED))));
    }

    @Test
    void turnedReferenceFacesAreFoundByDefaultHere() {
        Form form = bizTokenForm().file("image_ref1", TestImages.solid(TestImages.GREEN));

        conforming("getBizToken", 200, http.post(BIZ_TOKEN, form));
        assertThat(http.post(BIZ_TOKEN, form.text("multi_oriented_detection", "0")).error())
                .isEqualTo("NO_FACE_FOUND:image_ref1");
    }

    @Test
    void aTokenStartsOneSessionWithinAnHour() {
        String used = issue();
        String late = issue();

        Reply first = consume(used);
        Reply second = consume(used);
        clock.advance(Duration.ofMinutes(61));
        Reply expired = consume(late);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("liveness_type").asText()).isEqualTo("still");
        assertThat(second.status()).isEqualTo(409);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(consume("1763700000,no-such-token").status()).isEqualTo(404);
    }

    @Test
    void aSignExpiresAtItsExpireTime() {
        Form form = bizTokenForm();

        conforming("getBizToken", 200, http.post(BIZ_TOKEN, form));
        clock.advance(Duration.ofSeconds(300));

        assertThat(http.post(BIZ_TOKEN, form).error()).isEqualTo("AUTHORIZATION_ERROR: EXPIRED_SIGN");
    }

    @Test
    void aTamperedSignIsInvalidAndAnUndecodableOneUnauthenticated() {
        long now = clock.instant().getEpochSecond();
        byte[] signed = Base64.getDecoder().decode(BizTokenSigner.sign(KEY, SECRET, now, now + 300, "7").sign());
        signed[0] ^= 1;
        String tamperedMac = Base64.getEncoder().encodeToString(signed);
        String rawOnly = Base64.getEncoder().encodeToString(("a=" + KEY + "&b=" + (now + 300) + "&c=" + now + "&d=7")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("sign", tamperedMac)).error())
                .isEqualTo("AUTHORIZATION_ERROR: INVALID_SIGN");
        assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("sign", rawOnly)).error()).isEqualTo("AUTHENTICATION_ERROR");
        assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("sign", rawOnly.replace('+', ' '))).error())
                .isEqualTo("AUTHENTICATION_ERROR");
    }

    @Test
    void anExpiredSignWithAWrongMacIsInvalidNotExpired() {
        long now = clock.instant().getEpochSecond();
        String sign = BizTokenSigner.sign(KEY, "other-secret", now - 600, now - 300, "7").sign();

        assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("sign", sign)).error())
                .isEqualTo("AUTHORIZATION_ERROR: INVALID_SIGN");
    }

    @Test
    void theContractsSignExampleNamesTheExampleKey() {
        // kyc_still's sign in the contract: signed for example-api-key, expired since 2025-11-21.
        String sign = "8Of6PbHHjuK+UgnCTUsP7Y8y5/ZhPWV4YW1wbGUtYXBpLWtleSZiPTE3NjM2ODY4MDAmYz0xNzYzNjgzMjAwJmQ9MjcxODI4MTgyOA==";

        assertThat(http.post(BIZ_TOKEN, bizTokenForm().text("sign", sign)).error())
                .isEqualTo("AUTHORIZATION_ERROR: EXPIRED_SIGN");
    }

    private String issue() {
        return conforming("getBizToken", 200, http.post(BIZ_TOKEN, bizTokenForm())).path("biz_token").asText();
    }

    private Reply consume(String bizToken) {
        return http.post("/sandbox/biz-tokens/" + encode(bizToken) + "/consume", Form.of());
    }
}
