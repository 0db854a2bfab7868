package dev.faceidkit.testsupport.process;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's sandbox process (see {@link SandboxProcessExtension}) behind one validating Prism proxy for the whole
 * run, injected as a {@link PrismProxyServer}. The proxy is stored after the sandbox, so it is closed first.
 */
public final class PrismProxyExtension extends RunWideServerExtension<PrismProxyServer> {

    public PrismProxyExtension() {
        super(PrismProxyServer.class);
    }

    @Override
    PrismProxyServer start(ExtensionContext context) {
        return PrismProxyServer.start(new SandboxProcessExtension().server(context));
    }
}
