package dev.lambdaharness.junit.internal;

import dev.lambdaharness.junit.Event;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Supplies {@code @Event} parameters. */
final class EventParameters {

    private EventParameters() {
    }

    static boolean supports(ParameterContext parameter) {
        return parameter.isAnnotated(Event.class);
    }

    static Object resolve(ParameterContext parameter) {
        Event event = parameter.findAnnotation(Event.class).orElseThrow();
        String where = "@Event(\"" + event.value() + "\") on " + Parameters.describe(parameter);
        return Fixtures.convert(
                Fixtures.load(event.value(), event.parameters(), where, ParameterResolutionException::new),
                parameter.getParameter().getType(), where, ParameterResolutionException::new);
    }
}
