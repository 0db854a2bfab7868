package dev.faceidkit.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FaceIdErrorBodyTest {

    private static final String JSON = "application/json";

    @Test
    void readsVerifyErrorWithRequestIdAndTimeUsed() {
        FaceIdErrorBody body = parse("""
                {
                   "error_message" : "NO_SUCH_ID_NUMBER",
                   "request_id" : "1461740007,71eeb124-08f0-47b3-8fc8-ac048cfa1372",
                   "time_used" : 4
                }""");

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.NO_SUCH_ID_NUMBER);
        assertThat(body.rawCode()).isEqualTo("NO_SUCH_ID_NUMBER");
        assertThat(body.detail()).isNull();
        assertThat(body.requestId()).isEqualTo("1461740007,71eeb124-08f0-47b3-8fc8-ac048cfa1372");
        assertThat(body.timeUsed()).isEqualTo(4);
        assertThat(body.bizNo()).isNull();
        assertThat(body.billed()).isTrue();
    }

    @Test
    void readsRawVerifyBizNo() {
        FaceIdErrorBody body = parse("""
                {"time_used": 2, "biz_no": "3149525e-2c24-4862-8e9f-92040595f0a4",
                 "error_message": "INVALID_TOKEN", "request_id": "1490026804,adcb6619-c8f0-49ae-a643-00dc77356184"}""");

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.INVALID_TOKEN);
        assertThat(body.bizNo()).isEqualTo("3149525e-2c24-4862-8e9f-92040595f0a4");
    }

    @Test
    void readsGetBizTokenErrorWithoutRequestId() {
        FaceIdErrorBody body = parse("{\"error\": \"BAD_ARGUMENTS: sign_version\"}");

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.BAD_ARGUMENTS);
        assertThat(body.detail()).isEqualTo("sign_version");
        assertThat(body.requestId()).isNull();
        assertThat(body.timeUsed()).isNull();
    }

    @Test
    void readsUpperCaseErrorKeyAndIgnoresUnknownFields() {
        FaceIdErrorBody body = parse("{\"ERROR\":\"CONCURRENCY_LIMIT_EXCEEDED\",\"extra\":{\"nested\":[1,2]}}");

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.CONCURRENCY_LIMIT_EXCEEDED);
    }

    @Test
    void prefersErrorMessageOverError() {
        assertThat(parse("{\"error\":\"BAD_ARGUMENTS\",\"error_message\":\"LOW_QUALITY\"}").code())
                .isEqualTo(FaceIdErrorCode.LOW_QUALITY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NO_FACE_FOUND: image_ref1                     | NO_FACE_FOUND       | image_ref1",
            "NO_FACE_FOUND:image_ref1                      | NO_FACE_FOUND       | image_ref1",
            "'  NO_FACE_FOUND  :  image_ref1  '            | NO_FACE_FOUND       | image_ref1",
            "AUTHORIZATION_ERROR: Denied.                  | AUTHORIZATION_ERROR | Denied.",
            "AUTHORIZATION_ERROR:No data source permission.| AUTHORIZATION_ERROR | No data source permission.",
            "AUTHORIZATION_ERROR: EXPIRED_SIGN             | AUTHORIZATION_ERROR | EXPIRED_SIGN",
            "BAD_ARGUMENTS:sign_version                    | BAD_ARGUMENTS       | sign_version",
            "'MISSING_ARGUMENTS: '                         | MISSING_ARGUMENTS   |",
            "INVALID_FACE_TOKEN: a:b                       | INVALID_FACE_TOKEN  | a:b",
    })
    void splitsCodeAndDetailAtTheFirstColon(String value, FaceIdErrorCode code, String detail) {
        FaceIdErrorBody body = parse("{\"error_message\":\"" + value + "\"}");

        assertThat(body.code()).isEqualTo(code);
        assertThat(body.rawCode()).isEqualTo(code.name());
        assertThat(body.detail()).isEqualTo(detail);
    }

    @Test
    void keepsAnUndocumentedCodeAsRawText() {
        FaceIdErrorBody body = parse("{\"error\":\"BRAND_NEW_CODE: why\"}");

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(body.rawCode()).isEqualTo("BRAND_NEW_CODE");
        assertThat(body.detail()).isEqualTo("why");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Request Entity Too Large",
            "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
                    + "<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    + "</body>\r\n</html>\r\n"})
    void recognisesThePlainTextTooLargeBody(String text) {
        FaceIdErrorBody body = FaceIdErrorBody.parse("text/html", text.getBytes(StandardCharsets.UTF_8));

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.REQUEST_ENTITY_TOO_LARGE);
        assertThat(body.rawCode()).isEqualTo("Request Entity Too Large");
        assertThat(body.rawText()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Bad Gateway", "{", "{\"error\":", "[\"NO_FACE_FOUND\"]", "\"NO_FACE_FOUND\"",
            "{}", "{\"message\":\"NO_FACE_FOUND\"}", "{\"error\":null}", "{\"error\":{\"code\":\"LOW_QUALITY\"}}",
            "{\"error\":\"\"}", "{\"error\":\": detail only\"}"})
    void anyOtherBodyGivesUnknownAndKeepsTheText(String text) {
        FaceIdErrorBody body = parse(text);

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(body.rawCode()).isNull();
        assertThat(body.rawText()).isEqualTo(text);
        assertThat(body.billed()).isFalse();
    }

    @Test
    void nullBodyGivesUnknown() {
        FaceIdErrorBody body = FaceIdErrorBody.parse(null, null);

        assertThat(body.code()).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(body.rawText()).isEmpty();
    }

    @Test
    void truncatesLongRawTextAndDetail() {
        String longText = "x".repeat(10_000);
        assertThat(parse(longText).rawText())
                .hasSize(FaceIdErrorBody.MAX_RAW_CHARS + "...(10000 chars)".length())
                .endsWith("...(10000 chars)");

        String longDetail = "d".repeat(1000);
        assertThat(parse("{\"error\":\"BAD_ARGUMENTS: " + longDetail + "\"}").detail())
                .startsWith("d".repeat(FaceIdErrorBody.MAX_DETAIL_CHARS))
                .endsWith("...(1000 chars)");
    }

    @Test
    void readsTimeUsedOnlyWhenItIsAWholeNumber() {
        assertThat(parse("{\"error\":\"X\",\"time_used\":\"12\"}").timeUsed()).isEqualTo(12);
        assertThat(parse("{\"error\":\"X\",\"time_used\":1.5}").timeUsed()).isNull();
        assertThat(parse("{\"error\":\"X\",\"time_used\":\"soon\"}").timeUsed()).isNull();
        assertThat(parse("{\"error\":\"X\",\"time_used\":99999999999}").timeUsed()).isNull();
    }

    @Test
    void decodesWithTheCharsetOfTheContentType() {
        Charset gbk = Charset.forName("GBK");
        byte[] body = "{\"error\":\"BAD_ARGUMENTS: 姓名\"}".getBytes(gbk);

        assertThat(FaceIdErrorBody.parse("application/json; charset=GBK", body).detail()).isEqualTo("姓名");
        assertThat(FaceIdErrorBody.parse("application/json; charset=\"no-such-charset\"",
                "{\"error\":\"BAD_ARGUMENTS: 姓名\"}".getBytes(StandardCharsets.UTF_8)).detail()).isEqualTo("姓名");
    }

    private static FaceIdErrorBody parse(String text) {
        return FaceIdErrorBody.parse(JSON, text.getBytes(StandardCharsets.UTF_8));
    }
}
