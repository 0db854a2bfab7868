package dev.faceidkit.sandbox;

import dev.faceidkit.sandbox.docs.DocsPortalConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the sandbox listens, that it is a test server, and where its docs portal is, once the port is known. */
@Component
class StartupNotice implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupNotice.class);

    private final Environment environment;

    StartupNotice(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String host = environment.getProperty("server.address", "0.0.0.0");
        // A wildcard bind is reachable locally as 127.0.0.1; print an address one can paste.
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        String origin = "http://" + (shown.contains(":") && !shown.startsWith("[") ? "[" + shown + "]" : shown) + ":"
                + event.getWebServer().getPort();
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceFirst("/+$", "");
        LOG.info("FaceID sandbox listening on {} (test server, not the FaceID service). Docs portal: {}{}",
                origin, origin + contextPath, DocsPortalConfiguration.PATH);
    }
}
