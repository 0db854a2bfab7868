package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import org.junit.jupiter.api.Test;

/**
 * Fields the documents' tables do not list are accepted and ignored (DECISIONS.md, D-22): clients in the wild
 * send some, such as {@code data_source_image_update_status} and {@code fail_when_ref_multiple_faces}.
 */
class UnlistedFieldsTest extends SandboxTestBase {

    @Test
    void verifyAcceptsFieldsOnlyRealClientsSend() {
        JsonNode body = conforming("verify", 200, http.post(VERIFY, verifyForm()
                .text("data_source_image_update_status", "1").text("fail_when_ref_multiple_faces", "1")
                .file("some_extra_file", portrait())));

        assertThat(body.at("/result_ref1/confidence").asDouble()).isEqualTo(97.5);
    }

    @Test
    void rawVerifyAndGetBizTokenAcceptThemToo() {
        conforming("rawVerify", 200, http.post(RAW_VERIFY, rawVerifyForm().text("fail_when_ref_multiple_faces", "0")));
        conforming("getBizToken", 200, http.post(BIZ_TOKEN, bizTokenForm()
                .text("data_source_image_update_status", "0").text("client_version", "9.9.9")));
    }

    @Test
    void getResultIgnoresUnlistedQueryParameters() {
        String bizId = newResult(KEY, "docs-success");

        conforming("getResult", 200, http.get(getResultQuery(KEY, SECRET, bizId) + "&lang=en&_=1700000000"));
    }
}
