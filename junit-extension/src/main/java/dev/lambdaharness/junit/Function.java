package dev.lambdaharness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Say which function of a {@link LambdaTest @LambdaTest} class a parameter is, by its
 * {@link LambdaTest#name() name}; needed when the class declares several.
 *
 * <pre>{@code
 * @Test
 * void shipsWhatWasCreated(@Function("create") LambdaFunction create, @Function("ship") LambdaFunction ship,
 *                          @Function("ship") InvocationHistory shipments) { }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Function {

    /** The function's name. */
    String value();
}
