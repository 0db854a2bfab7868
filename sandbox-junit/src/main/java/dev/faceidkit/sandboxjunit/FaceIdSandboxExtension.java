package dev.faceidkit.sandboxjunit;

import dev.faceidkit.sdk.FaceIdClient;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link FaceIdSandbox}: one sandbox in the root store, started on first use; a client per
 * test class and an added account per parameter, each closed with the context that asked for it.
 */
public final class FaceIdSandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FaceIdSandboxExtension.class);
    private static final Set<Class<?>> INJECTED = Set.of(RunningSandbox.class, FaceIdClient.class, URI.class,
            RecordedRequests.class, SandboxAccount.class);
    private static final AtomicLong ACCOUNTS = new AtomicLong();

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    /** A class's {@link RequireCoverage}, checked once its tests have run. */
    @Override
    public void afterAll(ExtensionContext context) {
        Optional<RequireCoverage> required = AnnotationSupport.findAnnotation(context.getRequiredTestClass(),
                RequireCoverage.class);
        if (required.isPresent()) {
            SandboxCoverage coverage = sandbox(context).coverage();
            String apiKey = required.get().apiKey();
            (apiKey.isEmpty() ? coverage : coverage.ofKey(apiKey)).require(required.get().value());
        }
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
        if (type == SandboxAccount.class) {
            // Removed when the method (or class, for a lifecycle method) that asked for it ends.
            SandboxAccount account = sandbox.addAccount(settings(parameter, context));
            context.getStore(NAMESPACE).put(account, new ClosingAccount(account));
            return account;
        }
        return sandbox;
    }

    /** The run's sandbox: the root store computes it once, under its lock, and closes it when the run ends. */
    static RunningSandbox sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("sandbox", key -> new ClosingSandbox(RunningSandbox.start()),
                        ClosingSandbox.class).sandbox();
    }

    // AutoCloseable, which JUnit 5.13+ closes (faceid-bom pins 5.14); its deprecated CloseableResource made it warn.
    private record ClosingSandbox(RunningSandbox sandbox) implements AutoCloseable {
        @Override
        public void close() {
            try {
                // What the whole run exercised, for people and CI (SandboxCoverage.reportDirectory()).
                sandbox.coverage().writeReports(SandboxCoverage.reportDirectory());
            } finally {
                sandbox.close();
            }
        }
    }

    /** The injected account's settings: those of its {@link WithAccount}, with a key unique in the run. */
    private static AccountSettings settings(ParameterContext parameter, ExtensionContext context) {
        String apiKey = "test-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getTestMethod().map(Method::getName).orElse("all") + "-" + ACCOUNTS.incrementAndGet();
        AccountSettings.Builder settings = AccountSettings.builder(apiKey);
        parameter.findAnnotation(WithAccount.class).ifPresent(with -> {
            settings.deniedApis(with.deniedApis()).dataSourceComparison(with.dataSourceComparison())
                    .referenceComparison(with.referenceComparison()).discontinued(with.discontinued())
                    .allowedIps(with.allowedIps());
            if (with.callLimit() > 0) {
                settings.callLimit(with.callLimit());
            }
            if (with.concurrencyLimit() > 0) {
                settings.concurrencyLimit(with.concurrencyLimit());
            }
            if (with.comparisonRetryLimit() > 0) {
                settings.comparisonRetryLimit(with.comparisonRetryLimit());
            }
        });
        return settings.build();
    }

    private record ClosingAccount(SandboxAccount account) implements AutoCloseable {
        @Override
        public void close() {
            account.close();
        }
    }

    private record ClosingClient(FaceIdClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
