package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the framework itself would reject (method, media type, unreadable forms, Accept) is answered with a
 * documented FaceID error in the operation's own shape, never with Spring's error body.
 */
class NoFrameworkErrorBodyTest extends SandboxTestBase {

    @ParameterizedTest
    @CsvSource({
        "GET, /faceid/v2/verify, verify", "PUT, /faceid/lite/raw/verify, rawVerify",
        "DELETE, /faceid/lite/get_result, getResult", "GET, /faceid/v3/sdk/get_biz_token, getBizToken",
        "GET, /nowhere, verify", "GET, /error, verify", "GET, /faceid/v3/nowhere, getBizToken"})
    void otherMethodsAndPathsAreApiNotFound(String method, String path, String shape) {
        Reply reply = http.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()));

        conforming(shape, 404, reply);
        assertThat(reply.error()).isEqualTo("API_NOT_FOUND");
    }

    @Test
    void aBodyThatIsNoMultipartFormMissesItsFirstField() {
        assertThat(http.post(VERIFY, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).error())
                .isEqualTo("MISSING_ARGUMENTS: api_key");
        assertThat(http.post(BIZ_TOKEN, "text/plain", new byte[0]).error()).isEqualTo("MISSING_ARGUMENTS: sign");
        assertThat(http.post(RAW_VERIFY, "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8)).error())
                .isEqualTo("MISSING_ARGUMENTS: api_key");
    }

    @Test
    void aCutMultipartBodyIsABadArgumentOfThePartBeingRead() {
        byte[] cut = ("--b\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + KEY + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"x\"\r\n\r\npartial")
                .getBytes(StandardCharsets.UTF_8);

        Reply reply = http.post(VERIFY, "multipart/form-data; boundary=b", cut);

        conforming("verify", 400, reply);
        assertThat(reply.error()).isEqualTo("BAD_ARGUMENTS:image");
    }

    @Test
    void anOverlongOrNonUtf8TextFieldIsABadArgument() {
        Reply overlong = http.post(VERIFY, verifyForm().text("uuid", "u".repeat(70_000)));
        Reply notUtf8 = http.post(BIZ_TOKEN, bizTokenForm().text("comparison_type", "1").text("idcard_number", NORMAL_ID)
                .raw("idcard_name", new byte[] {(byte) 0xFF, (byte) 0xFE}));

        assertThat(conforming("verify", 400, overlong).path("error_message").asText()).isEqualTo("BAD_ARGUMENTS:uuid");
        assertThat(conforming("getBizToken", 400, notUtf8).path("error").asText()).isEqualTo("BAD_ARGUMENTS: idcard_name");
    }

    @Test
    void theFirstValueOfARepeatedFieldCounts() {
        byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\nnobody\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + KEY + "\r\n--b--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(http.post(VERIFY, "multipart/form-data; boundary=b", body).error()).isEqualTo("MISSING_ARGUMENTS: api_secret");
    }

    @ParameterizedTest
    @CsvSource({"text/plain", "image/png", "application/xml", "text/plain, application/json"})
    void anyAcceptGetsJson(String accept) {
        Reply ok = http.post(VERIFY, verifyForm(), "Accept", accept);
        Reply error = http.post(VERIFY, verifyForm().text("comparison_type", "9"), "Accept", accept);

        conforming("verify", 200, ok);
        conforming("verify", 400, error);
    }

    @Test
    void theSandboxOwnEndpointsAnswerInTheirOwnShape() {
        Reply reply = http.post("/sandbox/lite/results", Form.of().text("scenario", "nope"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("sandbox_error").asText()).contains("no scenario nope");
    }
}
