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
    void aSignWrappedInMimeLinesOrWithTheRandomsOtherClientsWriteIsAccepted() {
        long now = clock.instant().getEpochSecond();
        String sign = BizTokenSigner.sign(KEY, SECRET, now, now + 300, "0123456789").sign();
        Form form = bizTokenForm();

        // D-56: Python's base64.encodebytes wraps every 76 characters and ends with a newline.
        conforming("getBizToken", 200, http.post(BIZ_TOKEN, form.text("sign",
                sign.substring(0, 76) + "\n" + sign.substring(76) + "\n")));
        // D-57: Math.abs(Integer.MIN_VALUE), and 11 digits.
        for (String random : new String[] {"-2147483648", "21474836480"}) {
            conforming("getBizToken", 200, http.post(BIZ_TOKEN, form.text("sign",
                    BizTokenSigner.sign(KEY, SECRET, now, now + 300, random).sign())));
        }
        // A space inside is no Base64 (a '+' decoded by a URL parser): refused.
        assertThat(http.post(BIZ_TOKEN, form.text("sign", sign.substring(0, 76) + " " + sign.substring(76))).error())
                .isEqualTo("AUTHENTICATION_ERROR");
    }

    @Test
    void aUrlEncodedCallWithoutFilesIsReadAsItsTextFields() {
        long now = clock.instant().getEpochSecond();
        String form = "sign=" + encode(BizTokenSigner.sign(KEY, SECRET, now, now + 300, "0123456789").sign())
                + "&sign_version=hmac_sha1&liveness_type=still&comparison_type=1&idcard_name=" + encode(NORMAL_NAME)
                + "&idcard_number=" + NORMAL_ID;

        // D-58: as clients in the wild send it; the same rules apply as to the multipart form.
        conforming("getBizToken", 200, http.post(BIZ_TOKEN, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.US_ASCII)));
        assertThat(http.post(BIZ_TOKEN, "application/x-www-form-urlencoded",
                (form + "&liveness_timeout=4")
                        .getBytes(StandardCharsets.US_ASCII)).error()).isEqualTo("BAD_ARGUMENTS: liveness_timeout");
        assertThat(http.post(BIZ_TOKEN, "application/x-www-form-urlencoded",
                form.replace("idcard_name=", "x=").getBytes(StandardCharsets.US_ASCII)).error())
                .isEqualTo("MISSING_ARGUMENTS: idcard_name");
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
