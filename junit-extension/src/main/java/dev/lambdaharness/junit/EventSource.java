package dev.lambdaharness.junit;

import dev.lambdaharness.junit.internal.EventSourceProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feed a {@code @ParameterizedTest} with event fixtures, one invocation each, named by the fixture's
 * id: the built-in or project fixtures listed in {@link #value()}, or every {@code *.json} file of a
 * class path {@link #folder()} (sorted by name; directories and jars alike).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EventSource({"sqs/receive-message", "sqs/receive-message-fifo"})
 * void acceptsEveryKindOfQueue(SQSEvent batch, LambdaFunction function) {
 *     assertThat(function.invoke(batch).succeeded()).isTrue();
 * }
 *
 * @ParameterizedTest
 * @EventSource(folder = "events/orders")
 * void acceptsEveryRecordedOrder(APIGatewayV2HTTPEvent request, LambdaFunction function) { }
 * }</pre>
 *
 * <p>The fixture goes to the first parameter, converted to its declared type as
 * {@link Event @Event} converts; further parameters are resolved as usual (under
 * {@link RuntimeScope#TEST} each invocation gets a fresh runtime).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(EventSourceProvider.class)
public @interface EventSource {

    /** Fixture ids, as {@link Event#value()} takes them: built-in, class path resources or files by path. */
    String[] value() default {};

    /** A class path folder whose {@code *.json} files are the events. */
    String folder() default "";

    /** Fixture parameters set on every fixture, each {@code "name=value"}. */
    String[] parameters() default {};
}
