package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.faceidkit.sandbox.support.SandboxTestBase;
import dev.faceidkit.signing.BizTokenSigner;
import dev.faceidkit.testsupport.http.Form;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No api_secret, sign or image bytes reach a log line, whatever the outcome of the call (success, refusal,
 * unreadable form, simulated fault with its stack trace). Checked with the shipped log levels and the sandbox's
 * own loggers at TRACE.
 */
class LogRedactionTest extends SandboxTestBase {

    private static final String IMAGE_MARKER = "IMAGE-BYTES-3f1c9a";
    private static final String WRONG_SECRET = "wrong-secret-5d2e7b";

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger sandbox = (Logger) LoggerFactory.getLogger("dev.faceidkit");
    private Level sandboxLevel;

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
        sandboxLevel = sandbox.getLevel();
        sandbox.setLevel(Level.TRACE);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        sandbox.setLevel(sandboxLevel);
    }

    @Test
    void secretsSignsAndImagesStayOutOfTheLogs() {
        long now = clock.instant().getEpochSecond();
        String sign = BizTokenSigner.sign(KEY, SECRET, now, now + 300, "42").sign();
        String wrongSign = BizTokenSigner.sign(KEY, WRONG_SECRET, now, now + 300, "42").sign();
        byte[] markedImage = concat(portrait(), IMAGE_MARKER.getBytes(StandardCharsets.US_ASCII));
        byte[] markedGarbage = ("not an image " + IMAGE_MARKER).getBytes(StandardCharsets.US_ASCII);

        http.post(VERIFY, verifyForm().file("image", markedImage));
        http.post(VERIFY, verifyForm().file("image", markedGarbage));
        http.post(VERIFY, verifyForm().text("api_secret", WRONG_SECRET));
        http.post(VERIFY, verifyForm(), "X-FaceID-Sandbox-Simulate", "INTERNAL_ERROR");
        http.post(RAW_VERIFY, rawVerifyForm().file("image_ref1", markedGarbage));
        http.post(BIZ_TOKEN, bizTokenForm().text("sign", sign).file("image_ref1", markedImage));
        http.post(BIZ_TOKEN, bizTokenForm().text("sign", wrongSign));
        http.post(BIZ_TOKEN, bizTokenForm().text("sign", sign), "X-FaceID-Sandbox-Simulate", "INTERNAL_ERROR");
        http.get(getResultQuery(KEY, SECRET, newResult(KEY, "docs-success")));
        http.get(getResultQuery(KEY, WRONG_SECRET, "x"));
        http.get(getResultQuery(KEY, SECRET, "x"), "X-FaceID-Sandbox-Simulate", "INTERNAL_ERROR");
        http.post(VERIFY, "multipart/form-data; boundary=cut",
                ("--cut\r\nContent-Disposition: form-data; name=\"api_secret\"\r\n\r\n" + SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        http.post("/sandbox/face-tokens", Form.of().file("image", markedGarbage));

        List<String> lines = captured.list.stream().map(LogRedactionTest::render).toList();
        assertThat(lines).as("something was logged").anyMatch(line -> line.contains("INTERNAL_ERROR"));
        for (String forbidden : List.of(SECRET, WRONG_SECRET, sign, wrongSign, IMAGE_MARKER)) {
            assertThat(lines).noneMatch(line -> line.contains(forbidden));
        }
    }

    private static String render(ILoggingEvent event) {
        String throwable = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + throwable;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
