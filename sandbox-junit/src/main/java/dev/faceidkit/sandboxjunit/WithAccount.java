package dev.faceidkit.sandboxjunit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The settings of the {@link SandboxAccount} injected into this parameter (without it: every permission). The
 * account gets a key of its own, unique in the run, and is removed when the test method ends.
 *
 * <pre>{@code
 * @Test
 * void refusedWithoutDataSourcePermission(@WithAccount(dataSourceComparison = false) SandboxAccount account) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithAccount {

    /** Operations the key may not call: {@code verify}, {@code rawVerify}, {@code getBizToken}, {@code getResult}. */
    String[] deniedApis() default {};

    boolean dataSourceComparison() default true;

    boolean referenceComparison() default true;

    boolean discontinued() default false;

    /** Calls per operation in all; 0 for no limit. */
    int callLimit() default 0;

    /** Calls at the same time; 0 for the sandbox's default. */
    int concurrencyLimit() default 0;

    /** Caller addresses allowed; any when empty. */
    String[] allowedIps() default {};

    /** get_biz_token calls per person; 0 for no limit. */
    int comparisonRetryLimit() default 0;
}
