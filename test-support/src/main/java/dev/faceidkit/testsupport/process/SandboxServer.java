package dev.faceidkit.testsupport.process;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one sandbox process for the whole run, kept in the root store (stopped after the last
 * test, or by a shutdown hook), injected as a {@link SandboxProcess} parameter. Its state (call counters,
 * once-only deltas, result reads) is shared by every test, so tests make their own fresh fixtures.
 */
public final class SandboxServer implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SandboxProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    public static SandboxProcess sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("sandbox", key -> SandboxProcess.start(), SandboxProcess.class);
    }
}
