package dev.lambdaharness.junit;

import dev.lambdaharness.junit.internal.LambdaTestExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supply a parameter with an event fixture: a built-in one by its id ({@code sqs/receive-message})
 * or a JSON file of the project's test resources ({@code events/order-created}), with its
 * parameters set the way SAM's {@code generate-event} sets them.
 *
 * <pre>{@code
 * @Test
 * void shipsTheOrder(LambdaFunction function,
 *                    @Event(value = "sqs/receive-message", parameters = {"body={\"orderId\":\"o-1\"}", "queue=orders"})
 *                    SQSEvent batch) {
 *     assertThat(function.invoke(batch).payloadAsString()).isEqualTo("{\"batchItemFailures\":[]}");
 * }
 * }</pre>
 *
 * <p>The parameter's type decides the form: the event class the fixture names (read with the
 * serialiser the Lambda Java runtime uses, so its quirks are Lambda's) or any class that serialiser
 * reads, {@code JsonNode}, {@code Map}, {@code String}, {@code byte[]}, or the fixture itself as
 * {@code EventFixture} or {@code EventPayload}. Each parameter gets a fresh copy to change. It works
 * in any JUnit Jupiter test, with or without {@link LambdaTest @LambdaTest}.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(LambdaTestExtension.class)
public @interface Event {

    /**
     * The fixture's id: {@code <service>/<variant>} for a built-in one, or a class path resource
     * ({@code <id>.json}, or any file name), or a file by its path from the project's directory
     * ({@code events/event.json} of a SAM project).
     */
    String value();

    /** Fixture parameters, each {@code "name=value"}, such as {@code "body=hello"}. */
    String[] parameters() default {};
}
