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

/** Inputs reaching every error Raw-Verify documents (sandbox/TEST-INPUTS.md, "Raw-Verify"). */
final class RawVerifyErrorCases {

    private static final String OP = "rawVerify";
    private static final String PATH = "/faceid/lite/raw/verify";

    private RawVerifyErrorCases() {
    }

    static List<ErrorCase> all() {
        List<ErrorCase> cases = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            String ref = "image_ref" + n;
            Form base = Forms.rawVerify();
            cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", ref, ref + " not an image",
                    post(PATH, Forms.withReference(base, n, ref + ".txt", TestImages.notAnImage()))));
            cases.add(proxy(OP, "NO_FACE_FOUND", ref, ref + " of one grey",
                    post(PATH, Forms.withReference(base, n, ref + ".bmp", TestImages.noFaceBmp()))));
            cases.add(proxy(OP, "INVALID_IMAGE_SIZE", ref, ref + " 4097 px wide",
                    post(PATH, Forms.withReference(base, n, ref + ".bmp", TestImages.oversizedBmp()))));
            cases.add(direct(OP, "MULTIPLE_FACES", ref, ref + " solid red (bytes beyond ASCII)",
                    post(PATH, Forms.withReference(base, n, ref + ".jpg", TestImages.solidJpeg(Color.RED)))));
        }
        cases.add(proxy(OP, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "data_source", "identity without a photo (赵六)",
                post(PATH, Forms.rawVerifyDataSource("310115197809256786", "赵六"))));
        cases.add(proxy(OP, "NO_FACE_FOUND", "data_source", "identity photo without a face (钱七)",
                post(PATH, Forms.rawVerifyDataSource("510107199211182467", "钱七"))));
        cases.add(proxy(OP, "NO_SUCH_ID_NUMBER", null, "valid number the data source lacks",
                post(PATH, Forms.rawVerifyDataSource("330106197508154687", SandboxFixtures.NORMAL_NAME))));
        cases.add(proxy(OP, "ID_NUMBER_NAME_NOT_MATCH", null, "known number, other name",
                post(PATH, Forms.rawVerifyDataSource(SandboxFixtures.NORMAL_ID, "李四"))));
        cases.add(proxy(OP, "DATA_SOURCE_ERROR", null, "identity whose data source fails (孙八)",
                post(PATH, Forms.rawVerifyDataSource("320102198804013579", "孙八"))));
        cases.add(proxy(OP, "INVALID_IDCARD_NUMBER", null, "wrong check character",
                post(PATH, Forms.rawVerifyDataSource("110105194912310021", SandboxFixtures.NORMAL_NAME))));
        cases.add(direct(OP, "INVALID_NAME_FORMAT", null, "name of 33 characters (over maxLength)",
                post(PATH, Forms.rawVerifyDataSource(SandboxFixtures.NORMAL_ID, "名".repeat(33)))));
        for (String token : List.of("1763700000,token-video-expired", "1763700000,token-video-other-key",
                "not-a-token")) {
            cases.add(proxy(OP, "INVALID_TOKEN", null, "token " + token,
                    post(PATH, Forms.rawVerify().text("token", token))));
        }
        cases.add(direct(OP, "MISSING_ARGUMENTS", "token", "no token",
                post(PATH, Forms.rawVerify().without("token"))));
        cases.add(direct(OP, "BAD_ARGUMENTS", "comparison_type", "comparison_type 3",
                post(PATH, Forms.rawVerify().text("comparison_type", "3"))));
        refusals(cases);
        return cases;
    }

    private static void refusals(List<ErrorCase> cases) {
        Form form = Forms.rawVerify();
        cases.add(proxy(OP, "AUTHENTICATION_ERROR", null, "unknown api_key",
                post(PATH, form.copy().text("api_key", "nobody"))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "Denied.", "key denied every API",
                post(PATH, Forms.as(form, Accounts.DENIED))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "Denied.", "reference comparison without that permission",
                post(PATH, Forms.as(form, Accounts.NO_REFERENCE))));
        cases.add(proxy(OP, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                SandboxCalls.whileBusy(PATH, Forms.as(form, Accounts.SINGLE_CALL))));
        cases.add(direct(OP, "API_NOT_FOUND", null, "GET instead of POST (no operation: Prism answers itself)",
                base -> SimpleHttp.get(base + PATH)));
        cases.add(direct(OP, "REQUEST_ENTITY_TOO_LARGE", null, "Content-Length of 2 MB + 1, no body sent",
                base -> RawHttp.postHeadOnly(base + PATH, 2L * 1024 * 1024 + 1)));
        cases.add(proxy(OP, "INTERNAL_ERROR", null, "simulated fault",
                post(PATH, form, SandboxCalls.SIMULATE, "INTERNAL_ERROR")));
    }
}
