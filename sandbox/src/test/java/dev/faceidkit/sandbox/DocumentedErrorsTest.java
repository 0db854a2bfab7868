package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.sandbox.support.ContractSchemas;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.RawHttp;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.images.TestImages;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every error the contract documents (each code of {@code x-faceid-errors} of each operation and status, and each
 * listed detail value), reached through its documented test input over real HTTP, answered with the documented
 * status, exact wording and a body valid against the documented schema. The last test fails if an error of the
 * bundled contract was not produced by any case of the table.
 */
class DocumentedErrorsTest extends SandboxTestBase {

    private static final String DELAY = "X-FaceID-Sandbox-Delay-Ms";
    private static final String SIMULATE = "X-FaceID-Sandbox-Simulate";
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9]{10},[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MESSAGE = Pattern.compile("([A-Z][A-Z0-9_]*)(?:: ?(.+))?");
    private static final String BIZ_NO = "biz-20261121-0001";

    private final ContractSchemas contract = new ContractSchemas();
    private final Set<String> produced = ConcurrentHashMap.newKeySet();

    private record Case(String name, String operationId, String code, String detail, Supplier<Reply> call,
                        String echoedBizNo) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedError() {
        List<Case> cases = new ArrayList<>();
        verifyCases(cases);
        rawVerifyCases(cases);
        bizTokenCases(cases);
        getResultCases(cases);
        Stream<DynamicTest> run = cases.stream()
                .map(c -> dynamicTest(c.operationId() + " " + c.name(), () -> check(c)));
        return Stream.concat(run, Stream.of(dynamicTest("every documented error is covered", this::coverage)));
    }

    private void verifyCases(List<Case> cases) {
        String op = "verify";
        byte[] garbage = TestImages.notAnImage();
        byte[] noFace = TestImages.solid(TestImages.WHITE);
        byte[] twoFaces = TestImages.solid(TestImages.RED);
        byte[] big = TestImages.oversized();
        cases.add(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "data_source", "identity without a photo",
                () -> post(VERIFY, verifyDataSourceForm("310115197809256786", "赵六"))));
        cases.add(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "facetoken", "face token with a damaged image",
                () -> post(VERIFY, faceTokenForm("deadbeefdeadbeefdeadbeefdeadbeef"))));
        for (String ref : List.of("image_ref1", "image_ref2", "image_ref3")) {
            cases.add(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", ref, ref + " not an image",
                    () -> post(VERIFY, withReferences(verifyForm(), ref, garbage))));
            cases.add(of(op, "NO_FACE_FOUND", ref, ref + " solid white",
                    () -> post(VERIFY, withReferences(verifyForm(), ref, noFace))));
            cases.add(of(op, "INVALID_IMAGE_SIZE", ref, ref + " 4097 px wide",
                    () -> post(VERIFY, withReferences(verifyForm(), ref, big))));
            cases.add(of(op, "MULTIPLE_FACES", ref, ref + " solid red",
                    () -> post(VERIFY, withReferences(verifyForm(), ref, twoFaces))));
        }
        cases.add(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "image", "image not an image",
                () -> post(VERIFY, verifyForm().file("image", garbage))));
        cases.add(of(op, "NO_FACE_FOUND", "data_source", "identity whose photo has no face",
                () -> post(VERIFY, verifyDataSourceForm("510107199211182467", "钱七"))));
        cases.add(of(op, "NO_FACE_FOUND", "image", "image solid white",
                () -> post(VERIFY, verifyForm().file("image", noFace))));
        cases.add(of(op, "NO_SUCH_ID_NUMBER", null, "valid number unknown to the data source",
                () -> post(VERIFY, verifyDataSourceForm("330106197508154687", "张三"))));
        cases.add(of(op, "ID_NUMBER_NAME_NOT_MATCH", null, "normal identity with another name",
                () -> post(VERIFY, verifyDataSourceForm(NORMAL_ID, "李四"))));
        cases.add(of(op, "INVALID_IMAGE_SIZE", "image", "image 4097 px wide",
                () -> post(VERIFY, verifyForm().file("image", big))));
        cases.add(of(op, "MULTIPLE_FACES", "image", "image solid red",
                () -> post(VERIFY, verifyForm().file("image", twoFaces))));
        cases.add(of(op, "LOW_QUALITY", null, "image solid blue",
                () -> post(VERIFY, verifyForm().file("image", TestImages.solid(TestImages.BLUE)))));
        cases.add(of(op, "LOW_QUALITY", null, "face_quality_threshold 100",
                () -> post(VERIFY, verifyForm().text("face_quality_threshold", "100"))));
        cases.add(of(op, "INVALID_FACE_TOKEN", "0f5e6c5fd1b3f0a6e1c2a3b4c5d6e7f8", "unknown face token",
                () -> post(VERIFY, faceTokenForm("0f5e6c5fd1b3f0a6e1c2a3b4c5d6e7f8"))));
        cases.add(of(op, "INVALID_NAME_FORMAT", null, "name of 33 characters",
                () -> post(VERIFY, verifyDataSourceForm(NORMAL_ID, "张".repeat(33)))));
        cases.add(of(op, "INVALID_NAME_FORMAT", null, "name not UTF-8",
                () -> post(VERIFY, verifyDataSourceForm(NORMAL_ID, "x").raw("idcard_name", gbk("张三")))));
        cases.add(of(op, "INVALID_IDCARD_NUMBER", null, "17 characters",
                () -> post(VERIFY, verifyDataSourceForm("11010519491231002", NORMAL_NAME))));
        cases.add(of(op, "INVALID_IDCARD_NUMBER", null, "wrong check character",
                () -> post(VERIFY, verifyDataSourceForm("110105194912310021", NORMAL_NAME))));
        cases.add(of(op, "DATA_VALIDATION_ERROR", null, "image_action2 without image_action1",
                () -> post(VERIFY, megLiveForm(unique("delta")).file("image_action2", portrait()))));
        cases.add(of(op, "DATA_SOURCE_ERROR", null, "identity whose data source fails",
                () -> post(VERIFY, verifyDataSourceForm("320102198804013579", "孙八"))));
        cases.add(of(op, "DELTA_USED", null, "same delta twice with check_delta=1", () -> {
            Form form = megLiveForm(unique("delta")).text("check_delta", "1");
            post(VERIFY, form);
            return post(VERIFY, form);
        }));
        cases.add(of(op, "MEGLIVE_BIZ_NO_USED", null, "same MegLiveFlash result twice", () -> {
            byte[] file = http.post("/sandbox/meglive-flash-results", Form.of()).body();
            Form form = credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive_flash")
                    .text("uuid", "user-10001").file("image_ref1", portrait()).file("meglive_flash_result", file);
            post(VERIFY, form);
            return post(VERIFY, form);
        }));
        cases.add(of(op, "MISSING_ARGUMENTS", "api_key", "no api_key", () -> post(VERIFY, verifyForm().without("api_key"))));
        cases.add(of(op, "MISSING_ARGUMENTS", "idcard_name", "data source without idcard_name",
                () -> post(VERIFY, verifyDataSourceForm(NORMAL_ID, NORMAL_NAME).without("idcard_name"))));
        cases.add(of(op, "MISSING_ARGUMENTS", "image_ref1", "image_ref2 without image_ref1 (D-17)",
                () -> post(VERIFY, verifyForm().without("image_ref1").file("image_ref2", portrait()))));
        cases.add(of(op, "MISSING_ARGUMENTS", "delta", "meglive without delta",
                () -> post(VERIFY, megLiveForm("d").without("delta"))));
        cases.add(of(op, "MISSING_ARGUMENTS", "api_secret", "url-encoded, read as its text fields (D-58)",
                () -> http.post(VERIFY, "application/x-www-form-urlencoded",
                        "api_key=example-api-key".getBytes(StandardCharsets.US_ASCII))));
        cases.add(of(op, "MISSING_ARGUMENTS", "api_key", "JSON instead of multipart (D-50)",
                () -> http.post(VERIFY, "application/json",
                        "{\"api_key\":\"example-api-key\"}".getBytes(StandardCharsets.US_ASCII))));
        cases.add(of(op, "BAD_ARGUMENTS", "comparison_type", "comparison_type 2",
                () -> post(VERIFY, verifyForm().text("comparison_type", "2"))));
        cases.add(of(op, "BAD_ARGUMENTS", "face_image_type", "megliveflash (the docs' typo, D-1)",
                () -> post(VERIFY, verifyForm().text("face_image_type", "megliveflash"))));
        cases.add(of(op, "BAD_ARGUMENTS", "face_quality_threshold", "face_quality_threshold 101",
                () -> post(VERIFY, verifyForm().text("face_quality_threshold", "101"))));
        cases.add(of(op, "BAD_ARGUMENTS", "uuid", "uuid of 513 bytes",
                () -> post(VERIFY, verifyForm().text("uuid", "u".repeat(513)))));
        cases.add(of(op, "BAD_ARGUMENTS", "meglive_flash_result", "flash result not from the SDK",
                () -> post(VERIFY, credentials(KEY, SECRET).text("comparison_type", "0")
                        .text("face_image_type", "meglive_flash").text("uuid", "u").file("image_ref1", portrait())
                        .file("meglive_flash_result", garbage))));
        cases.add(of(op, "BAD_ARGUMENTS", "uuid", "uuid not UTF-8",
                () -> post(VERIFY, verifyForm().raw("uuid", new byte[] {(byte) 0xC3, (byte) 0x28}))));
        cases.add(of(op, "AUTHENTICATION_ERROR", null, "wrong secret",
                () -> post(VERIFY, verifyForm().text("api_secret", "wrong"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "Limit reached.", "test key, sixth call", () -> repeat(6,
                () -> post(VERIFY, verifyForm().text("api_key", "sandbox-test-key").text("api_secret", "sandbox-test-secret")))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "Denied.", "key denied this API",
                () -> post(VERIFY, as(verifyForm(), "sandbox-denied"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "No data source permission.", "data source without permission",
                () -> post(VERIFY, as(verifyDataSourceForm(NORMAL_ID, NORMAL_NAME), "sandbox-no-data-source"))));
        cases.add(of(op, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                () -> whileKeyIsBusy(() -> post(VERIFY, as(verifyForm(), "sandbox-single-call")))));
        cases.add(of(op, "API_NOT_FOUND", null, "GET instead of POST", () -> http.get(VERIFY)));
        cases.add(of(op, "API_NOT_FOUND", null, "unknown path", () -> http.get("/faceid/v2/verify2")));
        cases.add(of(op, "REQUEST_ENTITY_TOO_LARGE", null, "Content-Length 2 MB + 1", () -> headOnly(VERIFY, 2 * 1024 * 1024 + 1)));
        cases.add(of(op, "INTERNAL_ERROR", null, "simulated fault",
                () -> http.post(VERIFY, verifyForm(), SIMULATE, "INTERNAL_ERROR")));
    }

    private void rawVerifyCases(List<Case> cases) {
        String op = "rawVerify";
        byte[] garbage = TestImages.notAnImage();
        for (String ref : List.of("image_ref1", "image_ref2", "image_ref3")) {
            cases.add(echo(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", ref, ref + " not an image",
                    () -> post(RAW_VERIFY, withReferences(rawVerifyForm(), ref, garbage)))));
            cases.add(echo(of(op, "NO_FACE_FOUND", ref, ref + " solid white",
                    () -> post(RAW_VERIFY, withReferences(rawVerifyForm(), ref, TestImages.solid(TestImages.WHITE))))));
            cases.add(echo(of(op, "INVALID_IMAGE_SIZE", ref, ref + " 4097 px wide",
                    () -> post(RAW_VERIFY, withReferences(rawVerifyForm(), ref, TestImages.oversized())))));
            cases.add(echo(of(op, "MULTIPLE_FACES", ref, ref + " solid red",
                    () -> post(RAW_VERIFY, withReferences(rawVerifyForm(), ref, TestImages.solid(TestImages.RED))))));
        }
        cases.add(echo(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "data_source", "identity without a photo",
                () -> post(RAW_VERIFY, rawDataSource("310115197809256786", "赵六")))));
        cases.add(echo(of(op, "NO_FACE_FOUND", "data_source", "identity whose photo has no face",
                () -> post(RAW_VERIFY, rawDataSource("510107199211182467", "钱七")))));
        cases.add(echo(of(op, "NO_SUCH_ID_NUMBER", null, "unknown number",
                () -> post(RAW_VERIFY, rawDataSource("330106197508154687", NORMAL_NAME)))));
        cases.add(echo(of(op, "ID_NUMBER_NAME_NOT_MATCH", null, "other name",
                () -> post(RAW_VERIFY, rawDataSource(NORMAL_ID, "李四")))));
        cases.add(echo(of(op, "DATA_SOURCE_ERROR", null, "failing data source",
                () -> post(RAW_VERIFY, rawDataSource("320102198804013579", "孙八")))));
        cases.add(echo(of(op, "INVALID_NAME_FORMAT", null, "name of 33 characters",
                () -> post(RAW_VERIFY, rawDataSource(NORMAL_ID, "名".repeat(33))))));
        cases.add(echo(of(op, "INVALID_IDCARD_NUMBER", null, "letter inside",
                () -> post(RAW_VERIFY, rawDataSource("1101051949A231002X", NORMAL_NAME)))));
        for (String token : List.of("1763700000,no-such-token", "not-a-token", "1763700000,token-video-expired",
                "1763700000,token-video-other-key")) {
            cases.add(echo(of(op, "INVALID_TOKEN", null, "token " + token,
                    () -> post(RAW_VERIFY, rawVerifyForm().text("token", token)))));
        }
        cases.add(echo(of(op, "MISSING_ARGUMENTS", "token", "no token",
                () -> post(RAW_VERIFY, rawVerifyForm().without("token")))));
        cases.add(echo(of(op, "MISSING_ARGUMENTS", "uuid", "reference comparison without uuid",
                () -> post(RAW_VERIFY, rawVerifyForm().without("uuid")))));
        cases.add(echo(of(op, "BAD_ARGUMENTS", "comparison_type", "comparison_type 3",
                () -> post(RAW_VERIFY, rawVerifyForm().text("comparison_type", "3")))));
        cases.add(echo(of(op, "BAD_ARGUMENTS", "liveness_preferences", "unknown preference",
                () -> post(RAW_VERIFY, rawVerifyForm().text("liveness_preferences", "strict")))));
        // Not echoed: over the 128 characters the echoed biz_no may have.
        cases.add(of(op, "BAD_ARGUMENTS", "biz_no", "biz_no of 129 characters",
                () -> post(RAW_VERIFY, rawVerifyForm().text("biz_no", "b".repeat(129)))));
        cases.add(echo(of(op, "AUTHENTICATION_ERROR", null, "unknown key",
                () -> post(RAW_VERIFY, rawVerifyForm().text("api_key", "nobody")))));
        cases.add(echo(of(op, "AUTHORIZATION_ERROR", "Denied.", "key denied this API",
                () -> post(RAW_VERIFY, as(rawVerifyForm(), "sandbox-denied")))));
        cases.add(echo(of(op, "AUTHORIZATION_ERROR", "Denied.", "data source without permission",
                () -> post(RAW_VERIFY, as(rawDataSource(NORMAL_ID, NORMAL_NAME), "sandbox-no-data-source")))));
        cases.add(echo(of(op, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                () -> whileKeyIsBusy(() -> post(RAW_VERIFY, as(rawVerifyForm(), "sandbox-single-call"))))));
        cases.add(of(op, "API_NOT_FOUND", null, "GET instead of POST", () -> http.get(RAW_VERIFY)));
        cases.add(of(op, "REQUEST_ENTITY_TOO_LARGE", null, "Content-Length 2 MB + 1",
                () -> headOnly(RAW_VERIFY, 2 * 1024 * 1024 + 1)));
        cases.add(echo(of(op, "INTERNAL_ERROR", null, "simulated fault",
                () -> http.post(RAW_VERIFY, rawVerifyForm(), SIMULATE, "INTERNAL_ERROR"))));
    }

    private void bizTokenCases(List<Case> cases) {
        String op = "getBizToken";
        byte[] garbage = TestImages.notAnImage();
        for (String ref : List.of("image_ref1", "image_ref2")) {
            cases.add(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", ref, ref + " not an image",
                    () -> post(BIZ_TOKEN, withReferences(bizTokenForm(), ref, garbage))));
            cases.add(of(op, "NO_FACE_FOUND", ref, ref + " solid white",
                    () -> post(BIZ_TOKEN, withReferences(bizTokenForm(), ref, TestImages.solid(TestImages.WHITE)))));
            cases.add(of(op, "INVALID_IMAGE_SIZE", ref, ref + " 4097 px wide",
                    () -> post(BIZ_TOKEN, withReferences(bizTokenForm(), ref, TestImages.oversized()))));
        }
        cases.add(of(op, "IMAGE_ERROR_UNSUPPORTED_FORMAT", "image", "raw image not an image",
                () -> post(BIZ_TOKEN, rawImageBizToken(garbage))));
        cases.add(of(op, "NO_FACE_FOUND", "image", "raw image solid white",
                () -> post(BIZ_TOKEN, rawImageBizToken(TestImages.solid(TestImages.WHITE)))));
        cases.add(of(op, "INVALID_IMAGE_SIZE", "image", "raw image 4097 px wide",
                () -> post(BIZ_TOKEN, rawImageBizToken(TestImages.oversized()))));
        cases.add(of(op, "LOW_QUALITY", null, "raw image solid blue",
                () -> post(BIZ_TOKEN, rawImageBizToken(TestImages.solid(TestImages.BLUE)))));
        cases.add(of(op, "MULTIPLE_FACES", null, "raw image solid red",
                () -> post(BIZ_TOKEN, rawImageBizToken(TestImages.solid(TestImages.RED)))));
        cases.add(of(op, "MISSING_ARGUMENTS", "sign", "no sign", () -> post(BIZ_TOKEN, bizTokenForm().without("sign"))));
        cases.add(of(op, "MISSING_ARGUMENTS", "idcard_number", "KYC without idcard_number",
                () -> post(BIZ_TOKEN, bizTokenForm().text("comparison_type", "1").text("idcard_name", NORMAL_NAME))));
        cases.add(of(op, "MISSING_ARGUMENTS", "image", "raw_image without image",
                () -> post(BIZ_TOKEN, rawImageBizToken(garbage).without("image"))));
        cases.add(of(op, "BAD_ARGUMENTS", "sign_version", "sign_version hmac_sha256",
                () -> post(BIZ_TOKEN, bizTokenForm().text("sign_version", "hmac_sha256"))));
        cases.add(of(op, "BAD_ARGUMENTS", "liveness_timeout", "liveness_timeout 4",
                () -> post(BIZ_TOKEN, bizTokenForm().text("liveness_timeout", "4"))));
        cases.add(of(op, "BAD_ARGUMENTS", "flash_liveness_timeout", "flash_liveness_timeout 181",
                () -> post(BIZ_TOKEN, bizTokenForm().text("liveness_type", "flash").text("flash_liveness_timeout", "181"))));
        cases.add(of(op, "BAD_ARGUMENTS", "idcard_number", "KYC with 17 characters (D-39)",
                () -> post(BIZ_TOKEN, bizTokenForm().text("comparison_type", "1").text("idcard_name", NORMAL_NAME)
                        .text("idcard_number", "11010519491231002"))));
        cases.add(of(op, "BAD_ARGUMENTS", "liveness_type", "liveness_type video",
                () -> post(BIZ_TOKEN, bizTokenForm().text("liveness_type", "video"))));
        cases.add(of(op, "AUTHENTICATION_ERROR", null, "sign not Base64",
                () -> post(BIZ_TOKEN, bizTokenForm().text("sign", "not a sign"))));
        cases.add(of(op, "AUTHENTICATION_ERROR", null, "sign for an unknown api_key",
                () -> post(BIZ_TOKEN, bizToken("nobody", "whatever"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "API_KEY_BE_DISCONTINUED", "discontinued key",
                () -> post(BIZ_TOKEN, bizToken("sandbox-discontinued-key", "sandbox-discontinued-secret"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "IP_NOT_ALLOWED", "key restricted to 203.0.113.10",
                () -> post(BIZ_TOKEN, bizToken("sandbox-ip-restricted-key", "sandbox-ip-restricted-secret"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "LIMIT_REACHED", "test key, sixth call",
                () -> repeat(6, () -> post(BIZ_TOKEN, bizToken("sandbox-test-key", "sandbox-test-secret")))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "MORE_RETRY_TIMES", "third session for one uuid", () -> {
            Form form = bizToken("sandbox-retry-limited-key", "sandbox-retry-limited-secret").text("uuid", unique("person"));
            return repeat(3, () -> post(BIZ_TOKEN, form));
        }));
        cases.add(of(op, "AUTHORIZATION_ERROR", "NO_VERIFY_PERMISSION", "face comparison without permission",
                () -> post(BIZ_TOKEN, bizToken("sandbox-no-reference-key", "sandbox-no-reference-secret"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "NO_DATA_SOURCE_PERMISSION", "KYC without permission",
                () -> post(BIZ_TOKEN, bizToken("sandbox-no-data-source-key", "sandbox-no-data-source-secret")
                        .text("comparison_type", "1").text("idcard_name", NORMAL_NAME).text("idcard_number", NORMAL_ID))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "DENIED", "key denied this API",
                () -> post(BIZ_TOKEN, bizToken("sandbox-denied-key", "sandbox-denied-secret"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "EXPIRED_SIGN", "sign expired a minute ago", () -> {
            long now = clock.instant().getEpochSecond();
            String sign = BizTokenSigner.sign(KEY, SECRET, now - 360, now - 60, "1").sign();
            return post(BIZ_TOKEN, bizTokenForm().text("sign", sign));
        }));
        cases.add(of(op, "AUTHORIZATION_ERROR", "INVALID_SIGN", "signed with another secret",
                () -> post(BIZ_TOKEN, bizToken(KEY, "not-the-secret"))));
        cases.add(of(op, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                () -> whileKeyIsBusy(() -> post(BIZ_TOKEN, bizToken("sandbox-single-call-key", "sandbox-single-call-secret")))));
        cases.add(of(op, "API_NOT_FOUND", null, "unknown path under /faceid/v3/",
                () -> post("/faceid/v3/sdk/get_biz_tokens", bizTokenForm())));
        cases.add(of(op, "REQUEST_ENTITY_TOO_LARGE", null, "Content-Length 20 MB + 1",
                () -> headOnly(BIZ_TOKEN, 20 * 1024 * 1024 + 1)));
        cases.add(of(op, "INTERNAL_ERROR", null, "simulated fault",
                () -> http.post(BIZ_TOKEN, bizTokenForm(), SIMULATE, "INTERNAL_ERROR")));
    }

    private void getResultCases(List<Case> cases) {
        String op = "getResult";
        cases.add(of(op, "RESULT_NOT_FOUND", null, "unknown biz_id",
                () -> http.get(getResultQuery(KEY, SECRET, "1462259901,no-such-flow"))));
        cases.add(of(op, "RESULT_NOT_FOUND", null, "another key's biz_id",
                () -> http.get(getResultQuery("sandbox-no-reference-key", "sandbox-no-reference-secret",
                        newResult(KEY, "docs-success")))));
        cases.add(of(op, "VIDEO_FACE_OCCLUDE", null, "fixture sandbox-video-face-occlude",
                () -> http.get(getResultQuery(KEY, SECRET, "sandbox-video-face-occlude"))));
        cases.add(of(op, "MESSAGE_ENCRYPTION_ERROR", null, "fixture sandbox-message-encryption-error",
                () -> http.get(getResultQuery(KEY, SECRET, "sandbox-message-encryption-error"))));
        cases.add(of(op, "MISSING_ARGUMENTS", "biz_id", "no biz_id",
                () -> http.get(GET_RESULT + "?api_key=" + KEY + "&api_secret=" + SECRET)));
        cases.add(of(op, "MISSING_ARGUMENTS", "api_secret", "no api_secret", () -> http.get(GET_RESULT + "?api_key=" + KEY)));
        cases.add(of(op, "BAD_ARGUMENTS", "return_image", "return_image 7",
                () -> http.get(getResultQuery(KEY, SECRET, "x") + "&return_image=7")));
        cases.add(of(op, "AUTHENTICATION_ERROR", null, "wrong secret", () -> http.get(getResultQuery(KEY, "wrong", "x"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "Denied.", "key denied this API",
                () -> http.get(getResultQuery("sandbox-denied-key", "sandbox-denied-secret", "x"))));
        cases.add(of(op, "AUTHORIZATION_ERROR", "Denied.", "test key, sixth call", () -> repeat(6,
                () -> http.get(getResultQuery("sandbox-test-key", "sandbox-test-secret", "x")))));
        cases.add(of(op, "CONCURRENCY_LIMIT_EXCEEDED", null, "second call while the key's one slot is held",
                () -> whileKeyIsBusy(() -> http.get(getResultQuery("sandbox-single-call-key", "sandbox-single-call-secret", "x")))));
        cases.add(of(op, "DATA_DESTROYED", null, "fourth read", () -> {
            String bizId = newResult(KEY, "docs-success");
            return repeat(4, () -> http.get(getResultQuery(KEY, SECRET, bizId)));
        }));
        cases.add(of(op, "DATA_DESTROYED", null, "fixture sandbox-expired (older than a day)",
                () -> http.get(getResultQuery(KEY, SECRET, "sandbox-expired"))));
        cases.add(of(op, "API_NOT_FOUND", null, "POST instead of GET",
                () -> post(GET_RESULT, credentials(KEY, SECRET).text("biz_id", "x"))));
        cases.add(of(op, "INTERNAL_ERROR", null, "simulated fault",
                () -> http.get(getResultQuery(KEY, SECRET, "x"), SIMULATE, "INTERNAL_ERROR")));
    }

    private void check(Case c) {
        ContractSchemas.DocumentedError documented = contract.documentedErrors().stream()
                .filter(e -> e.operationId().equals(c.operationId()) && e.code().equals(c.code()))
                .findFirst().orElseThrow(() -> new AssertionError(c.operationId() + " documents no " + c.code()));
        Reply reply = c.call().get();
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(documented.status());
        assertThat(reply.headers().firstValue("X-FaceID-Sandbox")).isPresent();
        String expected = documented.template().replaceFirst("<[a-z]+>", c.detail() == null ? "" : Matcher.quoteReplacement(c.detail()));
        if (documented.status() == 413) {
            assertThat(reply.contentType()).startsWith("text/plain");
            assertThat(reply.text()).isEqualTo(expected);
            assertThat(reply.headers().firstValue("Connection")).hasValue("close");
            record(c.operationId(), 413, c.code(), null);
            return;
        }
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.error()).isEqualTo(expected);
        assertThat(contract.check(c.operationId(), reply.status(), reply.json())).as("schema of %s", reply).isEmpty();
        if (reply.json().has("request_id")) {
            assertThat(reply.json().path("request_id").asText()).matches(REQUEST_ID);
        }
        if (c.echoedBizNo() != null) {
            assertThat(reply.json().path("biz_no").asText()).isEqualTo(c.echoedBizNo());
        }
        Matcher message = MESSAGE.matcher(reply.error());
        assertThat(message.matches()).isTrue();
        record(c.operationId(), reply.status(), message.group(1), message.group(2));
    }

    private void coverage() {
        Set<String> missing = new TreeSet<>();
        for (ContractSchemas.DocumentedError error : contract.documentedErrors()) {
            if (error.details().isEmpty()) {
                if (produced.stream().noneMatch(p -> p.startsWith(key(error.operationId(), error.status(), error.code(), null)))) {
                    missing.add(key(error.operationId(), error.status(), error.code(), null));
                }
            } else {
                error.details().stream().map(d -> key(error.operationId(), error.status(), error.code(), d))
                        .filter(k -> !produced.contains(k)).forEach(missing::add);
            }
        }
        assertThat(missing).as("documented errors no case produced").isEmpty();
    }

    private void record(String operationId, int status, String code, String detail) {
        produced.add(key(operationId, status, code, null));
        if (detail != null) {
            produced.add(key(operationId, status, code, detail));
        }
    }

    private static String key(String operationId, int status, String code, String detail) {
        return operationId + " " + status + " " + code + (detail == null ? "" : " " + detail);
    }

    private static Case of(String operationId, String code, String detail, String name, Supplier<Reply> call) {
        return new Case(name, operationId, code, detail, call, null);
    }

    private static Case echo(Case c) {
        return new Case(c.name(), c.operationId(), c.code(), c.detail(), c.call(), BIZ_NO);
    }

    private Reply post(String path, Form form) {
        return http.post(path, form);
    }

    private Reply headOnly(String path, long contentLength) {
        String response = RawHttp.postHeadOnly(http.port(), path, contentLength);
        int status = Integer.parseInt(response.substring(9, 12));
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        HttpHeaders headers = HttpHeaders.of(
                Map.of("Content-Type", List.of(headerValue(response, "Content-Type")),
                        "Connection", List.of(headerValue(response, "Connection")),
                        "X-FaceID-Sandbox", List.of(headerValue(response, "X-FaceID-Sandbox"))), (a, b) -> true);
        return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String headerValue(String response, String name) {
        Matcher header = Pattern.compile("(?im)^" + name + ": ?([^\r\n]*)").matcher(response);
        return header.find() ? header.group(1) : "";
    }

    /** Calls {@code call} {@code times} times and returns the last reply. */
    private static Reply repeat(int times, Supplier<Reply> call) {
        Reply last = null;
        for (int i = 0; i < times; i++) {
            last = call.get();
        }
        return last;
    }

    /** Runs {@code probe} while a delayed call holds the one concurrency slot of the single-call key. */
    private Reply whileKeyIsBusy(Supplier<Reply> probe) {
        CompletableFuture<Reply> holder = CompletableFuture.supplyAsync(() -> http.get(
                getResultQuery("sandbox-single-call-key", "sandbox-single-call-secret", "x"), DELAY, "1500"));
        try {
            Thread.sleep(400);
            return probe.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            assertThat(holder.join().error()).isEqualTo("RESULT_NOT_FOUND");
        }
    }

    private Form withReferences(Form base, String ref, byte[] image) {
        Form form = base;
        for (String earlier : List.of("image_ref1", "image_ref2", "image_ref3")) {
            if (earlier.equals(ref)) {
                return form.file(ref, image);
            }
            form = form.file(earlier, portrait());
        }
        throw new IllegalArgumentException(ref);
    }

    private Form faceTokenForm(String faceToken) {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "facetoken")
                .text("uuid", "user-10001").file("image_ref1", portrait()).text("face_token", faceToken);
    }

    private Form megLiveForm(String delta) {
        return credentials(KEY, SECRET).text("comparison_type", "0").text("face_image_type", "meglive")
                .text("uuid", "user-10001").file("image_ref1", portrait()).file("image_best", portrait())
                .text("delta", delta);
    }

    private Form rawDataSource(String idcardNumber, String name) {
        return rawVerifyForm().text("comparison_type", "1").without("uuid").without("image_ref1")
                .text("idcard_name", name).text("idcard_number", idcardNumber);
    }

    private Form rawImageBizToken(byte[] image) {
        return bizTokenForm().text("liveness_type", "raw_image").file("image", image);
    }

    private Form bizToken(String apiKey, String apiSecret) {
        return signed(apiKey, apiSecret).text("liveness_type", "still").text("comparison_type", "0")
                .text("uuid", unique("user")).file("image_ref1", portrait());
    }

    /** The same form sent by another configured key: {@code <prefix>-key} / {@code <prefix>-secret}. */
    private static Form as(Form form, String prefix) {
        return form.text("api_key", prefix + "-key").text("api_secret", prefix + "-secret");
    }

    private static byte[] gbk(String text) {
        return text.getBytes(Charset.forName("GBK"));
    }
}
