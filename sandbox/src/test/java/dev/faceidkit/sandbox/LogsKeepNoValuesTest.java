package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sandbox.support.RawExchange;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.testsupport.http.Form;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Hostile bodies and request lines: no form value, query value or file byte reaches the log, whatever the content
 * type or its encoding. Tomcat's own parsers quote such values at INFO unless told otherwise.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsKeepNoValuesTest extends SandboxTestBase {

    private static final String SECRET = "Sup3rS3cretValue";
    private static final String FILE_MARK = "FILE-BYTES-MARK-7731";

    @Test
    void aUrlEncodedBodyWithABrokenEscapeLeavesNoValueInTheLog(CapturedOutput output) {
        http.post(RAW_VERIFY, "application/x-www-form-urlencoded",
                ("api_key=example-api-key&api_secret=" + SECRET + "%zz&biz_no=" + SECRET + "%E4")
                        .getBytes(StandardCharsets.UTF_8));
        http.post(RAW_VERIFY, "application/x-www-form-urlencoded; charset=ISO-8859-1",
                ("api_secret=" + SECRET + "%ff%fe&biz_no=x").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aQueryWithABrokenEscapeOrAnIllegalCharacterLeavesNoValueInTheLog(CapturedOutput output) throws Exception {
        ExecutorService readers = Executors.newCachedThreadPool();
        try {
            RawExchange wire = new RawExchange(http.port(), Duration.ofSeconds(10), readers);
            for (String target : List.of(GET_RESULT + "?api_key=example-api-key&api_secret=" + SECRET + "%zz&biz_id=b",
                    GET_RESULT + "?api_secret=" + SECRET + "|{}&biz_id=b")) {
                wire.exchange("GET", target.getBytes(StandardCharsets.UTF_8),
                        List.of("Host: 127.0.0.1".getBytes(StandardCharsets.UTF_8)), List.of(),
                        RawExchange.Framing.LENGTH);
            }
        } finally {
            readers.shutdownNow();
        }

        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void multipartValuesAndFileBytesStayOutOfTheLog(CapturedOutput output) {
        http.post(VERIFY, Form.of().text("api_key", "example-api-key").text("api_secret", SECRET)
                .text("comparison_type", "9").text("idcard_name", SECRET)
                .file("image", FILE_MARK.getBytes(StandardCharsets.UTF_8)));
        http.post(VERIFY, "multipart/form-data; boundary=broken", ("--broken\r\nContent-Disposition: form-data;"
                + " name=\"api_secret\"\r\n\r\n" + SECRET + "\r\n--brok").getBytes(StandardCharsets.UTF_8));

        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain(FILE_MARK);
    }
}
