package dev.lambdaharness.junit;

import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Change a function's settings for one test method. A changed function is a different function, so
 * the method always gets a runtime of its own (a cold start), even under
 * {@link RuntimeScope#CLASS}; the class's other functions are deployed into it unchanged.
 *
 * <pre>{@code
 * @Test
 * @FunctionOverride(memory = 1024, timeout = 1, environment = "MODE=slow")
 * void timesOutWhenSlow(LambdaFunction function) { }
 * }</pre>
 *
 * <p>Attributes left at 0 or empty keep the class's setting; {@link #environment()} adds variables
 * and replaces those of the same name. With several functions, name the one to change in
 * {@link #function()}, and repeat the annotation to change more than one.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(FunctionOverrides.class)
public @interface FunctionOverride {

    /** The function to change, by {@link LambdaTest#name() name}; empty when the class declares one. */
    String function() default "";

    /** The memory size in MB; 0 keeps the class's. */
    int memory() default 0;

    /** The timeout in seconds; 0 keeps the class's. */
    int timeout() default 0;

    /** The size of {@code /tmp} in MB; 0 keeps the class's. */
    int ephemeralStorage() default 0;

    /** Environment variables to add or replace, each {@code "KEY=value"}. */
    String[] environment() default {};

    /** Hosts to allow beyond the class's (as {@link LambdaTest#allowedHosts()} takes them); empty adds none. */
    String[] allowedHosts() default {};

    /** At most one log format; empty keeps the class's. */
    LogFormat[] logFormat() default {};

    /** At most one application log level; empty keeps the class's. */
    LogLevel[] applicationLogLevel() default {};

    /** At most one system log level; empty keeps the class's. */
    LogLevel[] systemLogLevel() default {};

    /** At most one isolation; set, it wins over the class and the configuration parameter. */
    Isolation[] isolation() default {};
}
