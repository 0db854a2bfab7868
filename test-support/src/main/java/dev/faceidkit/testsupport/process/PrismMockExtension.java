package dev.faceidkit.testsupport.process;

import org.junit.jupiter.api.extension.ExtensionContext;

/** One Prism mock of the bundled contract for the whole test run, injected as a {@link PrismMockServer}. */
public final class PrismMockExtension extends RunWideServerExtension<PrismMockServer> {

    public PrismMockExtension() {
        super(PrismMockServer.class);
    }

    @Override
    PrismMockServer start(ExtensionContext context) {
        return PrismMockServer.start();
    }
}
