package dev.faceidkit.conformancetests.server;

import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.http.SimpleHttp;
import java.time.Instant;
import java.util.UUID;

/**
 * Test inputs the sandbox makes on request (sandbox/TEST-INPUTS.md, "Sandbox endpoints"), fetched from it
 * directly, and fresh get_biz_token signs. Each call makes a new one, because the sandbox's state is shared by
 * the whole run.
 */
public final class SandboxFixtures {

    /** The identity of the contract's examples: colour photo, no anomaly. */
    public static final String NORMAL_ID = "11010519491231002X";
    public static final String NORMAL_NAME = "张三";
    /** The face token of the contract's example, showing 张三. */
    public static final String EXAMPLE_FACE_TOKEN = "5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b";

    private final String sandboxUrl;

    public SandboxFixtures(String sandboxUrl) {
        this.sandboxUrl = sandboxUrl;
    }

    /** A MegLiveFlash result file never used before (its meglive_biz_no is new). */
    public byte[] megLiveFlashResult() {
        return created(SimpleHttp.post(sandboxUrl + "/sandbox/meglive-flash-results",
                Form.of().text("meglive_biz_no", "conformance-" + UUID.randomUUID()))).body();
    }

    /** A get_result record of the scenario, for example-api-key, with its three reads left. */
    public String liteResult(String scenario) {
        return created(SimpleHttp.post(sandboxUrl + "/sandbox/lite/results", Form.of().text("scenario", scenario)))
                .json().path("biz_id").asText();
    }

    /** The face of an identity of the built-in data source. */
    public byte[] identityPhoto(String idcardNumber) {
        Reply photo = SimpleHttp.get(sandboxUrl + "/sandbox/identities/" + idcardNumber + "/photo.png");
        if (photo.status() != 200) {
            throw new IllegalStateException("no photo: " + photo.describe());
        }
        return photo.body();
    }

    /** A sign valid for the next five minutes. */
    public static String freshSign(String apiKey, String apiSecret) {
        return BizTokenSigner.builder().apiKey(apiKey).apiSecret(apiSecret).build().sign().sign();
    }

    /** A sign whose MAC is right but whose expiry passed an hour ago. */
    public static String expiredSign(String apiKey, String apiSecret) {
        long now = Instant.now().getEpochSecond();
        return BizTokenSigner.sign(apiKey, apiSecret, now - 7200, now - 3600, "2718281828").sign();
    }

    private static Reply created(Reply response) {
        if (response.status() != 201) {
            throw new IllegalStateException("the sandbox did not make the fixture: " + response.describe());
        }
        return response;
    }
}
