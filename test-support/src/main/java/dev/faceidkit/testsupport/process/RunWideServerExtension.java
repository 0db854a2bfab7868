package dev.faceidkit.testsupport.process;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives every test class of a run the same server: started by the first class that needs
 * it, kept in the root store, which closes it after the last test (a shutdown hook stops it if the JVM dies first),
 * and injected as a parameter of its type.
 */
abstract class RunWideServerExtension<S extends LocalServer> implements BeforeAllCallback, ParameterResolver {

    private final Class<S> type;

    RunWideServerExtension(Class<S> type) {
        this.type = type;
    }

    /** Starts the server; called once per run, with the context of the first class that needs it. */
    abstract S start(ExtensionContext context);

    @Override
    public final void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    final S server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunWideServerExtension.class))
                .getOrComputeIfAbsent(type.getName(), key -> start(context), type);
    }
}
