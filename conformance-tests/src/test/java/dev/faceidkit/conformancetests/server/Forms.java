package dev.faceidkit.conformancetests.server;

import static dev.faceidkit.conformancetests.server.Accounts.KEY;
import static dev.faceidkit.conformancetests.server.Accounts.SECRET;

import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.images.TestImages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Valid base requests of each operation, which the error tables then break one field at a time. Images are
 * 7-bit BMPs, so that the requests can pass Prism's proxy unchanged (see {@link TestImages}).
 */
final class Forms {

    static final String BIZ_NO = "biz-20261121-0001";
    static final String UUID = "user-10001";
    static final String VIDEO_TOKEN = "1490012180,token-video-5b7c1f1e";

    private Forms() {
    }

    static byte[] face() {
        return TestImages.faceBmp(0);
    }

    static Form credentials(String key, String secret) {
        return Form.of().text("api_key", key).text("api_secret", secret);
    }

    /** The same form sent by another sandbox account. */
    static Form as(Form form, String account) {
        return form.copy().text("api_key", Accounts.key(account)).text("api_secret", Accounts.secret(account));
    }

    /** Verify: reference-photo comparison of a raw image with the same picture (succeeds). */
    static Form verifyReference() {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "raw_image")
                .text("uuid", UUID).file("image_ref1", "image_ref1.bmp", face()).file("image", "face.bmp", face());
    }

    /** Verify: data-source comparison of a raw image. */
    static Form verifyDataSource(String idcardNumber, String idcardName) {
        return credentials(KEY, SECRET).text("comparison_type", "1").text("face_image_type", "raw_image")
                .text("idcard_name", idcardName).text("idcard_number", idcardNumber).file("image", "face.bmp", face());
    }

    /** Verify with a face token instead of an image. */
    static Form verifyFaceToken(String faceToken) {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "facetoken")
                .text("uuid", UUID).file("image_ref1", "image_ref1.bmp", face()).text("face_token", faceToken);
    }

    /** Verify with MegLive output. */
    static Form verifyMegLive(String delta) {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive")
                .text("uuid", UUID).file("image_ref1", "image_ref1.bmp", face()).text("delta", delta)
                .file("image_best", "image_best.bmp", face());
    }

    /** Verify with a MegLiveFlash result file. */
    static Form verifyMegLiveFlash(byte[] result) {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive_flash")
                .text("uuid", UUID).file("image_ref1", "image_ref1.bmp", face())
                .file("meglive_flash_result", "meglive_flash_result", result);
    }

    /** Raw-Verify: reference-photo comparison under a token whose liveness passed, echoing biz_no. */
    static Form rawVerify() {
        return credentials(KEY, SECRET).text("token", VIDEO_TOKEN).text("comparison_type", "0").text("uuid", UUID)
                .text("biz_no", BIZ_NO).file("image_ref1", "image_ref1.bmp", face());
    }

    static Form rawVerifyDataSource(String idcardNumber, String idcardName) {
        return credentials(KEY, SECRET).text("token", VIDEO_TOKEN).text("comparison_type", "1")
                .text("idcard_name", idcardName).text("idcard_number", idcardNumber).text("biz_no", BIZ_NO);
    }

    /** get_biz_token: still liveness, face comparison, signed for example-api-key. */
    static Form bizToken() {
        return bizTokenFor(KEY, SECRET);
    }

    static Form bizTokenFor(String key, String secret) {
        return Form.of().text("sign", SandboxFixtures.freshSign(key, secret)).text("sign_version", "hmac_sha1")
                .text("liveness_type", "still").text("comparison_type", "0").text("uuid", UUID)
                .file("image_ref1", "image_ref1.bmp", face());
    }

    static Form bizTokenAs(String account) {
        return bizTokenFor(Accounts.key(account), Accounts.secret(account));
    }

    /** get_biz_token without liveness: the uploaded image is compared. */
    static Form bizTokenRawImage(String filename, byte[] image) {
        return bizToken().text("liveness_type", "raw_image").file("image", filename, image);
    }

    /** Sets {@code image_refN} to {@code content}, with every reference before it a valid face. */
    static Form withReference(Form form, int n, String filename, byte[] content) {
        Form changed = form;
        for (int i = 1; i < n; i++) {
            changed = changed.file("image_ref" + i, "image_ref" + i + ".bmp", face());
        }
        return changed.file("image_ref" + n, filename, content);
    }

    static String getResultQuery(String key, String secret, String bizId) {
        return "/faceid/lite/get_result?api_key=" + encode(key) + "&api_secret=" + encode(secret) + "&biz_id="
                + encode(bizId);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
