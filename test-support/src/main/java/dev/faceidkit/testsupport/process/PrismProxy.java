package dev.faceidkit.testsupport.process;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: the sandbox (see {@link SandboxServer}) behind one validating Prism proxy for the whole
 * run, both in the root store, injected as a {@link PrismProxyServer} parameter. The proxy is stored after the
 * sandbox, so it is closed first.
 */
public final class PrismProxy implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrismProxy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        proxy(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PrismProxyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return proxy(context);
    }

    private static PrismProxyServer proxy(ExtensionContext context) {
        SandboxProcess sandbox = SandboxServer.sandbox(context);
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("prism-proxy", key -> PrismProxyServer.start(sandbox), PrismProxyServer.class);
    }
}
