package dev.faceidkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class StartupNoticeTest {

    @Test
    void printsAPastableUrlAndThatItIsATestServer(CapturedOutput output) {
        StartupNotice notice = new StartupNotice(new MockEnvironment().withProperty("server.address", "0.0.0.0"));

        notice.onApplicationEvent(new WebServerInitializedEvent(new PortOnly(18080)) {
            @Override
            public org.springframework.boot.web.context.WebServerApplicationContext getApplicationContext() {
                return null;
            }
        });

        assertThat(output.getOut()).contains(
                "FaceID sandbox listening on http://127.0.0.1:18080 (test server, not the FaceID service)."
                        + " Docs portal: http://127.0.0.1:18080/docs/");
    }

    @Test
    void theDocsPortalUrlHasTheContextPathAndAnIpv6HostInBrackets(CapturedOutput output) {
        StartupNotice notice = new StartupNotice(new MockEnvironment().withProperty("server.address", "::1")
                .withProperty("server.servlet.context-path", "/faceid-sandbox"));

        notice.onApplicationEvent(new WebServerInitializedEvent(new PortOnly(18081)) {
            @Override
            public org.springframework.boot.web.context.WebServerApplicationContext getApplicationContext() {
                return null;
            }
        });

        assertThat(output.getOut()).contains("FaceID sandbox listening on http://[::1]:18081 (test server,",
                "Docs portal: http://[::1]:18081/faceid-sandbox/docs/");
    }

    private record PortOnly(int port) implements WebServer {

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public int getPort() {
            return port;
        }
    }
}
