package dev.faceidkit.sandboxjunit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Contract coverage a test class requires, checked once its tests have run, against everything the run's sandbox
 * has counted until then (this class's tests and those that ran before it). A class that falls short fails, with a
 * message listing exactly what was never exercised. Requirements are written as for
 * {@code java -jar faceid-sandbox.jar coverage --require}, for example:
 * <pre>{@code
 * @FaceIdSandbox
 * @RequireCoverage({"operation:verify", "variant:verify/comparison_type", "error:verify/billed"})
 * class VerificationFlowTest { ... }
 * }</pre>
 * Kinds: {@code operation:}, {@code success:}, {@code variant:op[/group[=value]]}, {@code field:op[/name]},
 * {@code error:op[/billed|/CODE]}, {@code overall:percent}; {@code *} stands for every operation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RequireCoverage {

    /** The requirements, each {@code kind:operation[/item]} or {@code overall:percent}. */
    String[] value();

    /** Counts only the requests of this api_key (an added account's key, say); empty: every client's. */
    String apiKey() default "";
}
