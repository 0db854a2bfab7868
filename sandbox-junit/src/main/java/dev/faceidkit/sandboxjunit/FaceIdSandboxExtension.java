package dev.faceidkit.sandboxjunit;

import dev.faceidkit.sdk.FaceIdClient;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The extension behind {@link FaceIdSandbox}: one sandbox in the root store, started on first use. */
public final class FaceIdSandboxExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FaceIdSandboxExtension.class);
    private static final Set<Class<?>> INJECTED =
            Set.of(RunningSandbox.class, FaceIdClient.class, URI.class, RecordedRequests.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningSandbox sandbox = sandbox(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == FaceIdClient.class) {
            // One client per test class, closed with it.
            return context.getStore(NAMESPACE).getOrComputeIfAbsent("client",
                    key -> new ClosingClient(sandbox.client()), ClosingClient.class).client();
        }
        if (type == URI.class) {
            return sandbox.baseUrl();
        }
        if (type == RecordedRequests.class) {
            return sandbox.requests();
        }
        return sandbox;
    }

    /** The run's sandbox: the root store computes it once, under its lock, and closes it when the run ends. */
    static RunningSandbox sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("sandbox", key -> new ClosingSandbox(RunningSandbox.start()),
                        ClosingSandbox.class).sandbox();
    }

    private record ClosingSandbox(RunningSandbox sandbox) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            sandbox.close();
        }
    }

    private record ClosingClient(FaceIdClient client) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            client.close();
        }
    }
}
