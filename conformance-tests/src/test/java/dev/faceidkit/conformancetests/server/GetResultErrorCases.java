package dev.faceidkit.conformancetests.server;

import static dev.faceidkit.conformancetests.server.Accounts.KEY;
import static dev.faceidkit.conformancetests.server.Accounts.SECRET;
import static dev.faceidkit.conformancetests.server.ErrorCase.direct;
import static dev.faceidkit.conformancetests.server.ErrorCase.proxy;

import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.SimpleHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Inputs reaching every error get_result documents (sandbox/TEST-INPUTS.md, "get_result"). */
final class GetResultErrorCases {

    private static final String OP = "getResult";
    private static final String PATH = "/faceid/lite/get_result";

    private GetResultErrorCases() {
    }

    static List<ErrorCase> all() {
        List<ErrorCase> cases = new ArrayList<>();
        String example = Forms.getResultQuery(KEY, SECRET, "sandbox-docs-success");
        cases.add(proxy(OP, "RESULT_NOT_FOUND", null, "unknown biz_id",
                base -> SimpleHttp.get(base + Forms.getResultQuery(KEY, SECRET, "conformance-" + UUID.randomUUID()))));
        cases.add(proxy(OP, "VIDEO_FACE_OCCLUDE", null, "record sandbox-video-face-occlude",
                base -> SimpleHttp.get(base + Forms.getResultQuery(KEY, SECRET, "sandbox-video-face-occlude"))));
        cases.add(proxy(OP, "MESSAGE_ENCRYPTION_ERROR", null, "record sandbox-message-encryption-error",
                base -> SimpleHttp.get(base + Forms.getResultQuery(KEY, SECRET, "sandbox-message-encryption-error"))));
        cases.add(direct(OP, "MISSING_ARGUMENTS", "biz_id", "no biz_id",
                base -> SimpleHttp.get(base + PATH + "?api_key=" + KEY + "&api_secret=" + SECRET)));
        cases.add(direct(OP, "BAD_ARGUMENTS", "return_image", "return_image 7",
                base -> SimpleHttp.get(base + example + "&return_image=7")));
        cases.add(proxy(OP, "AUTHENTICATION_ERROR", null, "wrong api_secret",
                base -> SimpleHttp.get(base + Forms.getResultQuery(KEY, "wrong-secret", "sandbox-docs-success"))));
        cases.add(proxy(OP, "AUTHORIZATION_ERROR", "Denied.", "key denied every API",
                base -> SimpleHttp.get(base + Forms.getResultQuery(Accounts.key(Accounts.DENIED),
                        Accounts.secret(Accounts.DENIED), "sandbox-docs-success"))));
        cases.add(proxy(OP, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                SandboxCalls.whileBusyGet(Forms.getResultQuery(Accounts.key(Accounts.SINGLE_CALL),
                        Accounts.secret(Accounts.SINGLE_CALL), "sandbox-docs-success"))));
        cases.add(proxy(OP, "DATA_DESTROYED", null, "record created more than a day ago",
                base -> SimpleHttp.get(base + Forms.getResultQuery(KEY, SECRET, "sandbox-expired"))));
        cases.add(direct(OP, "API_NOT_FOUND", null, "POST instead of GET (no operation: Prism answers itself)",
                base -> SimpleHttp.post(base + PATH, Form.of().text("api_key", KEY))));
        cases.add(proxy(OP, "INTERNAL_ERROR", null, "simulated fault",
                base -> SimpleHttp.get(base + example, SandboxCalls.SIMULATE, "INTERNAL_ERROR")));
        return cases;
    }
}
