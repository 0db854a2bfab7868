package dev.faceidkit.conformancetests.server;

import static dev.faceidkit.conformancetests.server.ErrorCase.direct;
import static dev.faceidkit.conformancetests.server.ErrorCase.proxy;
import static dev.faceidkit.conformancetests.server.SandboxCalls.post;

import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.RawHttp;
import dev.faceidkit.testsupport.http.SimpleHttp;
import dev.faceidkit.testsupport.images.TestImages;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Inputs reaching every error Verify 2.0.6 documents (sandbox/TEST-INPUTS.md, "Verify 2.0.6"). */
final class VerifyErrorCases {

    private static final String OP = "verify";
    private static final String PATH = "/faceid/v2/verify";

    private VerifyErrorCases() {
    }

    static List<ErrorCase> all(SandboxFixtures fixtures) {
        List<ErrorCase> cases = new ArrayList<>();
        images(cases);
        identities(cases);
        faceSources(cases, fixtures);
        arguments(cases, fixtures);
        refusals(cases);
        return cases;
    }

    private static void images(List<ErrorCase> cases) {
        for (int n = 1; n <= 3; n++) {
            String ref = "image_ref" + n;
            Form base = Forms.verifyReference();
            cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", ref, ref + " not an image",
                    post(PATH, Forms.withReference(base, n, ref + ".txt", TestImages.notAnImage()))));
            cases.add(proxy(OP, "NO_FACE_FOUND", ref, ref + " of one grey",
                    post(PATH, Forms.withReference(base, n, ref + ".bmp", TestImages.noFaceBmp()))));
            cases.add(proxy(OP, "INVALID_IMAGE_SIZE", ref, ref + " 4097 px wide",
                    post(PATH, Forms.withReference(base, n, ref + ".bmp", TestImages.oversizedBmp()))));
            cases.add(direct(OP, "MULTIPLE_FACES", ref, ref + " solid red (bytes beyond ASCII)",
                    post(PATH, Forms.withReference(base, n, ref + ".jpg", TestImages.solidJpeg(Color.RED)))));
        }
        Form base = Forms.verifyReference();
        cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "image", "image not an image",
                post(PATH, base.copy().file("image", "face.txt", TestImages.notAnImage()))));
        cases.add(proxy(OP, "NO_FACE_FOUND", "image", "image of one grey",
                post(PATH, base.copy().file("image", "face.bmp", TestImages.noFaceBmp()))));
        cases.add(proxy(OP, "INVALID_IMAGE_SIZE", "image", "image 4097 px wide",
                post(PATH, base.copy().file("image", "face.bmp", TestImages.oversizedBmp()))));
        cases.add(direct(OP, "MULTIPLE_FACES", "image", "image solid red (bytes beyond ASCII)",
                post(PATH, base.copy().file("image", "face.jpg", TestImages.solidJpeg(Color.RED)))));
        cases.add(proxy(OP, "LOW_QUALITY", null, "face_quality_threshold 100",
                post(PATH, base.copy().text("face_quality_threshold", "100"))));
    }

    private static void identities(List<ErrorCase> cases) {
        cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "data_source", "identity without a photo (赵六)",
                post(PATH, Forms.verifyDataSource("310115197809256786", "赵六"))));
        cases.add(proxy(OP, "NO_FACE_FOUND", "data_source", "identity photo without a face (钱七)",
                post(PATH, Forms.verifyDataSource("510107199211182467", "钱七"))));
        cases.add(proxy(OP, "NO_SUCH_ID_NUMBER", null, "valid number the data source lacks",
                post(PATH, Forms.verifyDataSource("330106197508154687", SandboxFixtures.NORMAL_NAME))));
        cases.add(proxy(OP, "ID_NUMBER_NAME_NOT_MATCH", null, "known number, other name",
                post(PATH, Forms.verifyDataSource(SandboxFixtures.NORMAL_ID, "李四"))));
        cases.add(proxy(OP, "DATA_SOURCE_ERROR", null, "identity whose data source fails (孙八)",
                post(PATH, Forms.verifyDataSource("320102198804013579", "孙八"))));
        cases.add(proxy(OP, "INVALID_IDCARD_NUMBER", null, "wrong check character",
                post(PATH, Forms.verifyDataSource("110105194912310021", SandboxFixtures.NORMAL_NAME))));
        cases.add(direct(OP, "INVALID_NAME_FORMAT", null, "name of 33 characters (over maxLength)",
                post(PATH, Forms.verifyDataSource(SandboxFixtures.NORMAL_ID, "张".repeat(33)))));
    }

    private static void faceSources(List<ErrorCase> cases, SandboxFixtures fixtures) {
        cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "facetoken", "face token of a damaged image",
                post(PATH, Forms.verifyFaceToken("deadbeefdeadbeefdeadbeefdeadbeef"))));
        cases.add(proxy(OP, "INVALID_FACE_TOKEN", "0f5e6c5fd1b3f0a6e1c2a3b4c5d6e7f8", "unknown face token",
                post(PATH, Forms.verifyFaceToken("0f5e6c5fd1b3f0a6e1c2a3b4c5d6e7f8"))));
        cases.add(proxy(OP, "DATA_VALIDATION_ERROR", null, "image_action2 without image_action1",
                post(PATH, Forms.verifyMegLive(unique()).file("image_action2", "image_action2.bmp", Forms.face()))));
        cases.add(proxy(OP, "DELTA_USED", null, "the same delta twice with check_delta=1", base -> {
            Form form = Forms.verifyMegLive(unique()).text("check_delta", "1");
            SimpleHttp.post(base + PATH, form);
            return SimpleHttp.post(base + PATH, form);
        }));
        cases.add(proxy(OP, "MEGLIVE_BIZ_NO_USED", null, "the same MegLiveFlash result twice", base -> {
            Form form = Forms.verifyMegLiveFlash(fixtures.megLiveFlashResult());
            SimpleHttp.post(base + PATH, form);
            return SimpleHttp.post(base + PATH, form);
        }));
    }

    private static void arguments(List<ErrorCase> cases, SandboxFixtures fixtures) {
        cases.add(direct(OP, "MISSING_ARGUMENTS", "idcard_name", "data source without idcard_name",
                post(PATH, Forms.verifyDataSource(SandboxFixtures.NORMAL_ID, "x").without("idcard_name"))));
        cases.add(direct(OP, "MISSING_ARGUMENTS", "image_ref1", "reference comparison without image_ref1",
                post(PATH, Forms.verifyReference().without("image_ref1"))));
        cases.add(direct(OP, "BAD_ARGUMENTS", "comparison_type", "comparison_type 2",
                post(PATH, Forms.verifyReference().text("comparison_type", "2"))));
        cases.add(direct(OP, "BAD_ARGUMENTS", "face_quality_threshold", "face_quality_threshold 101",
                post(PATH, Forms.verifyReference().text("face_quality_threshold", "101"))));
        cases.add(proxy(OP, "BAD_ARGUMENTS", "meglive_flash_result", "a flash result not made by the SDK",
                post(PATH, Forms.verifyMegLiveFlash(TestImages.notAnImage()))));
    }

    private static void refusals(List<ErrorCase> cases) {
        Form form = Forms.verifyReference();
        cases.add(proxy(OP, "AUTHENTICATION_ERROR", null, "wrong api_secret",
                post(PATH, form.copy().text("api_secret", "wrong-secret"))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "Limit reached.", "test key past its 5 calls",
                SandboxCalls.untilRefused(8, post(PATH, Forms.as(form, Accounts.TEST)))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "Denied.", "key denied every API",
                post(PATH, Forms.as(form, Accounts.DENIED))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "No data source permission.", "data source without permission",
                post(PATH, Forms.as(Forms.verifyDataSource(SandboxFixtures.NORMAL_ID, SandboxFixtures.NORMAL_NAME),
                        Accounts.NO_DATA_SOURCE))));
        cases.add(proxy(OP, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                SandboxCalls.whileBusy(PATH, Forms.as(form, Accounts.SINGLE_CALL))));
        cases.add(direct(OP, "API_NOT_FOUND", null, "GET instead of POST (no operation: Prism answers itself)",
                base -> SimpleHttp.get(base + PATH)));
        cases.add(direct(OP, "REQUEST_ENTITY_TOO_LARGE", null, "Content-Length of 2 MB + 1, no body sent",
                base -> RawHttp.postHeadOnly(base + PATH, 2L * 1024 * 1024 + 1)));
        cases.add(proxy(OP, "INTERNAL_ERROR", null, "simulated fault",
                post(PATH, form, SandboxCalls.SIMULATE, "INTERNAL_ERROR")));
    }

    static String unique() {
        return "conformance-" + UUID.randomUUID();
    }
}
