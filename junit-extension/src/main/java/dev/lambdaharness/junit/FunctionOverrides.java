package dev.lambdaharness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Hold repeated {@link FunctionOverride @FunctionOverride} annotations; write
 * {@code @FunctionOverride} twice instead.
 *
 * <pre>{@code
 * @FunctionOverride(function = "create", memory = 1024)
 * @FunctionOverride(function = "ship", timeout = 1)
 * @Test
 * void both(@Function("create") LambdaFunction create, @Function("ship") LambdaFunction ship) { }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FunctionOverrides {

    /** The repeated annotations. */
    FunctionOverride[] value();
}
