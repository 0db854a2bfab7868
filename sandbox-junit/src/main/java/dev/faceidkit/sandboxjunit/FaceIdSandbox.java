package dev.faceidkit.sandboxjunit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one FaceID sandbox for the whole test run (in this JVM, on a free loopback port; shared by every test
 * class that carries the annotation, also when they run in parallel) and injects into test and lifecycle methods
 * a {@link RunningSandbox}, a {@link dev.faceidkit.sdk.FaceIdClient} of its example account, its base
 * {@link java.net.URI}, its {@link RecordedRequests}, or a {@link SandboxAccount} of the test's own (settings by
 * {@link WithAccount}), removed when the test ends. The sandbox stops when the run ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FaceIdSandboxExtension.class)
public @interface FaceIdSandbox {
}
