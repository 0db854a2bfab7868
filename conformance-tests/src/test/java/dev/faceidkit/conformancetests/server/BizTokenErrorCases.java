package dev.faceidkit.conformancetests.server;

import static dev.faceidkit.conformancetests.server.ErrorCase.direct;
import static dev.faceidkit.conformancetests.server.ErrorCase.proxy;
import static dev.faceidkit.conformancetests.server.SandboxCalls.post;

import dev.faceidkit.testsupport.http.RawHttp;
import dev.faceidkit.testsupport.http.SimpleHttp;
import dev.faceidkit.testsupport.images.TestImages;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Inputs reaching every error get_biz_token documents (sandbox/TEST-INPUTS.md, "get_biz_token"). */
final class BizTokenErrorCases {

    private static final String OP = "getBizToken";
    private static final String PATH = "/faceid/v3/sdk/get_biz_token";

    private BizTokenErrorCases() {
    }

    static List<ErrorCase> all() {
        List<ErrorCase> cases = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String ref = "image_ref" + n;
            cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", ref, ref + " not an image",
                    base -> SimpleHttp.post(base + PATH, Forms.withReference(Forms.bizToken(), refNumber(ref),
                            ref + ".txt", TestImages.notAnImage()))));
            cases.add(proxy(OP, "NO_FACE_FOUND", ref, ref + " of one grey",
                    base -> SimpleHttp.post(base + PATH, Forms.withReference(Forms.bizToken(), refNumber(ref),
                            ref + ".bmp", TestImages.noFaceBmp()))));
            cases.add(proxy(OP, "INVALID_IMAGE_SIZE", ref, ref + " 4097 px wide",
                    base -> SimpleHttp.post(base + PATH, Forms.withReference(Forms.bizToken(), refNumber(ref),
                            ref + ".bmp", TestImages.oversizedBmp()))));
        }
        cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "image", "raw image not an image",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenRawImage("face.txt", TestImages.notAnImage()))));
        cases.add(proxy(OP, "NO_FACE_FOUND", "image", "raw image of one grey",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenRawImage("face.bmp", TestImages.noFaceBmp()))));
        cases.add(proxy(OP, "INVALID_IMAGE_SIZE", "image", "raw image 4097 px wide",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenRawImage("face.bmp", TestImages.oversizedBmp()))));
        cases.add(proxy(OP, "LOW_QUALITY", null, "raw image with face_quality_threshold 100",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenRawImage("face.bmp", Forms.face())
                        .text("face_quality_threshold", "100"))));
        cases.add(direct(OP, "MULTIPLE_FACES", null, "raw image solid red (bytes beyond ASCII)",
                base -> SimpleHttp.post(base + PATH,
                        Forms.bizTokenRawImage("face.jpg", TestImages.solidJpeg(Color.RED)))));
        cases.add(direct(OP, "MISSING_ARGUMENTS", "sign", "no sign",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken().without("sign"))));
        cases.add(direct(OP, "MISSING_ARGUMENTS", "idcard_number", "KYC without idcard_number",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken().text("comparison_type", "1")
                        .text("idcard_name", SandboxFixtures.NORMAL_NAME))));
        cases.add(direct(OP, "BAD_ARGUMENTS", "sign_version", "sign_version hmac_sha256",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken().text("sign_version", "hmac_sha256"))));
        cases.add(direct(OP, "BAD_ARGUMENTS", "liveness_timeout", "liveness_timeout 61",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken().text("liveness_timeout", "61"))));
        refusals(cases);
        return cases;
    }

    private static void refusals(List<ErrorCase> cases) {
        cases.add(proxy(OP, "AUTHENTICATION_ERROR", null, "a sign that is no sign",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken().text("sign", "bm90IGEgc2lnbg=="))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "API_KEY_BE_DISCONTINUED", "disabled key",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenAs(Accounts.DISCONTINUED))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "IP_NOT_ALLOWED", "key restricted to another IP",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenAs(Accounts.IP_RESTRICTED))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "LIMIT_REACHED", "test key past its 5 calls",
                SandboxCalls.untilRefused(8, base -> SimpleHttp.post(base + PATH, Forms.bizTokenAs(Accounts.TEST)))));
        String person = "conformance-" + UUID.randomUUID();
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "MORE_RETRY_TIMES", "a third session for the same person",
                SandboxCalls.untilRefused(5, base -> SimpleHttp.post(base + PATH,
                        Forms.bizTokenAs(Accounts.RETRY_LIMITED).text("uuid", person)))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "NO_VERIFY_PERMISSION", "face comparison without permission",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenAs(Accounts.NO_REFERENCE))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "NO_DATA_SOURCE_PERMISSION", "KYC without permission",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenAs(Accounts.NO_DATA_SOURCE)
                        .text("comparison_type", "1").text("idcard_name", SandboxFixtures.NORMAL_NAME)
                        .text("idcard_number", SandboxFixtures.NORMAL_ID))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "DENIED", "key denied every API",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenAs(Accounts.DENIED))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "EXPIRED_SIGN", "a sign that expired an hour ago",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken()
                        .text("sign", SandboxFixtures.expiredSign(Accounts.KEY, Accounts.SECRET)))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "INVALID_SIGN", "signed with another secret",
                base -> SimpleHttp.post(base + PATH, Forms.bizTokenFor(Accounts.KEY, "not-the-secret"))));
        cases.add(proxy(OP, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                base -> SandboxCalls.whileBusy(PATH, Forms.bizTokenAs(Accounts.SINGLE_CALL)).apply(base)));
        cases.add(direct(OP, "API_NOT_FOUND", null, "GET instead of POST (no operation: Prism answers itself)",
                base -> SimpleHttp.get(base + PATH)));
        cases.add(direct(OP, "REQUEST_ENTITY_TOO_LARGE", null, "Content-Length of 20 MB + 1, no body sent",
                base -> RawHttp.postHeadOnly(base + PATH, 20L * 1024 * 1024 + 1)));
        cases.add(proxy(OP, "INTERNAL_ERROR", null, "simulated fault",
                base -> SimpleHttp.post(base + PATH, Forms.bizToken(), SandboxCalls.SIMULATE, "INTERNAL_ERROR")));
    }

    private static int refNumber(String ref) {
        return Integer.parseInt(ref.substring("image_ref".length()));
    }
}
