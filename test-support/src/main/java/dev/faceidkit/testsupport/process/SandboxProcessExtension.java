package dev.faceidkit.testsupport.process;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One sandbox process (the built jar) for the whole test run, injected as a {@link SandboxProcess}. Its state
 * (call counters, once-only deltas, result reads) is shared by every test, so tests make their own fresh fixtures.
 */
public final class SandboxProcessExtension extends RunWideServerExtension<SandboxProcess> {

    public SandboxProcessExtension() {
        super(SandboxProcess.class);
    }

    @Override
    SandboxProcess start(ExtensionContext context) {
        return SandboxProcess.start();
    }
}
