package dev.faceidkit.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaceIdErrorsTest {

    private static final String SECRET = "Zk3pQ9vXa7LmN2bR";
    private static final String SIGN =
            "NYdFDQP/+bGv8rWn8kkI1ZIBWy5hPWZhY2VpZC10ZXN0LWtleSZiPTE3MDAwMDAzMDAmYz0xNzAwMDAwMDAwJmQ9Mw==";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400 | {\"error_message\":\"NO_FACE_FOUND: image\"}        | BadRequestException",
            "400 | not json                                            | BadRequestException",
            "403 | {\"error_message\":\"AUTHENTICATION_ERROR\"}         | AuthenticationException",
            "403 | {\"error\":\"AUTHORIZATION_ERROR: EXPIRED_SIGN\"}   | PermissionDeniedException",
            "403 | {\"error_message\":\"DATA_DESTROYED\"}              | PermissionDeniedException",
            "403 | {\"error_message\":\"CONCURRENCY_LIMIT_EXCEEDED\"}  | ConcurrencyLimitException",
            "403 | <html>Forbidden</html>                              | PermissionDeniedException",
            "404 | {\"error_message\":\"API_NOT_FOUND\"}               | NotFoundException",
            "413 | Request Entity Too Large                            | RequestTooLargeException",
            "413 | ''                                                  | RequestTooLargeException",
            "500 | {\"error_message\":\"INTERNAL_ERROR\"}              | InternalServerException",
            "502 | <html>Bad Gateway</html>                            | InternalServerException",
            "599 | ''                                                  | InternalServerException",
            "401 | ''                                                  | UnexpectedStatusException",
            "429 | {\"error\":\"CONCURRENCY_LIMIT_EXCEEDED\"}          | UnexpectedStatusException",
            "302 | ''                                                  | UnexpectedStatusException",
            "600 | ''                                                  | UnexpectedStatusException",
    })
    void picksOneExceptionTypePerFailureClass(int status, String body, String type) {
        FaceIdApiException e = FaceIdErrors.fromResponse(status, "application/json", bytes(body));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e).isInstanceOf(FaceIdException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    void exposesEveryParsedField() {
        FaceIdApiException e = FaceIdErrors.fromResponse(400, "application/json; charset=utf-8", bytes("""
                {"error_message":"NO_FACE_FOUND: data_source","request_id":"1490026804,adcb6619","time_used":7,
                 "biz_no":"biz-1"}"""));

        assertThat(e.code()).isEqualTo(FaceIdErrorCode.NO_FACE_FOUND);
        assertThat(e.rawCode()).isEqualTo("NO_FACE_FOUND");
        assertThat(e.detail()).isEqualTo("data_source");
        assertThat(e.requestId()).isEqualTo("1490026804,adcb6619");
        assertThat(e.timeUsed()).isEqualTo(7);
        assertThat(e.bizNo()).isEqualTo("biz-1");
        assertThat(e.billed()).isTrue();
        assertThat(e.getMessage())
                .isEqualTo("HTTP 400 NO_FACE_FOUND: data_source (request_id=1490026804,adcb6619, billed=true)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400 | {\"error_message\":\"NO_FACE_FOUND: image_ref1\",\"request_id\":\"r-1\"} | HTTP 400 NO_FACE_FOUND: image_ref1 (request_id=r-1, billed=false)",
            "400 | {\"error_message\":\"NO_SUCH_ID_NUMBER\",\"request_id\":\"r-2\"}          | HTTP 400 NO_SUCH_ID_NUMBER (request_id=r-2, billed=true)",
            "403 | {\"error\":\"AUTHORIZATION_ERROR:No data source permission.\"}           | HTTP 403 AUTHORIZATION_ERROR: No data source permission. (billed=false)",
            "403 | {\"error\":\"AUTHORIZATION_ERROR: Denied.\"}                             | HTTP 403 AUTHORIZATION_ERROR: Denied. (billed=false)",
            "403 | {\"error\":\"AUTHORIZATION_ERROR: EXPIRED_SIGN\"}                        | HTTP 403 AUTHORIZATION_ERROR: EXPIRED_SIGN (billed=false)",
            "400 | {\"error\":\"BAD_ARGUMENTS:sign_version\"}                                | HTTP 400 BAD_ARGUMENTS: sign_version (billed=false)",
            "400 | {\"error\":\"BRAND_NEW_CODE\"}                                           | HTTP 400 BRAND_NEW_CODE (billed=false)",
            "413 | Request Entity Too Large                                                | HTTP 413 REQUEST_ENTITY_TOO_LARGE (billed=false)",
            "502 | <html><body>Bad Gateway</body></html>                                   | HTTP 502 UNKNOWN (billed=false)",
            "500 | ''                                                                      | HTTP 500 UNKNOWN (billed=false)",
    })
    void messageIsBuiltFromTheParsedFields(int status, String body, String message) {
        FaceIdApiException e = FaceIdErrors.fromResponse(status, null, bytes(body));

        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.toString()).isEqualTo(e.getClass().getName() + ": " + message);
    }

    @Test
    void keepsTheRawBodyForUnknownErrorsButOutOfTheMessage() {
        FaceIdApiException e = FaceIdErrors.fromResponse(502, "text/html", bytes("<html>upstream said no</html>"));

        assertThat(e.code()).isEqualTo(FaceIdErrorCode.UNKNOWN);
        assertThat(e.rawCode()).isNull();
        assertThat(e.rawBody()).isEqualTo("<html>upstream said no</html>");
        assertThat(e.getMessage()).doesNotContain("upstream");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // fields echoed next to the code never reach the message
            "400 | {\"error\":\"BAD_ARGUMENTS: api_secret\",\"api_secret\":\"@SECRET@\",\"sign\":\"@SIGN@\"} | HTTP 400 BAD_ARGUMENTS: api_secret (billed=false)",
            // details that do not look like a parameter name, reason or sentence are withheld
            "403 | {\"error\":\"AUTHENTICATION_ERROR: sign=@SIGN@\"}                                     | HTTP 403 AUTHENTICATION_ERROR: <detail withheld> (billed=false)",
            "403 | {\"error\":\"AUTHENTICATION_ERROR: @SIGN@\"}                                          | HTTP 403 AUTHENTICATION_ERROR: <detail withheld> (billed=false)",
            "400 | {\"error\":\"BAD_ARGUMENTS: @SECRET@\"}                                              | HTTP 400 BAD_ARGUMENTS: <detail withheld> (billed=false)",
            // a code position that holds something other than a code is shown as UNKNOWN
            "400 | {\"error\":\"@SECRET@: x\"}                                                         | HTTP 400 UNKNOWN: x (billed=false)",
            "400 | api_key=k&api_secret=@SECRET@&sign=@SIGN@                                          | HTTP 400 UNKNOWN (billed=false)",
    })
    void neverEchoesASecretOrSignFromTheBody(int status, String template, String message) {
        String body = template.replace("@SECRET@", SECRET).replace("@SIGN@", SIGN);

        FaceIdApiException e = FaceIdErrors.fromResponse(status, "application/json", bytes(body));

        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.toString()).doesNotContain(SECRET).doesNotContain(SIGN);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
