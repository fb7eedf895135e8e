package dev.lambdaharness.junit.internal;

import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.junit.EventSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Provides the arguments of {@code @EventSource}: one per fixture, converted to the declared type of
 * the test method's first parameter. It implements the signature every JUnit Jupiter from 5.10 to 6
 * calls ({@code provideArguments(ExtensionContext)}; 5.13 and later reach it through their default
 * method), so it reads the parameter from the test method itself.
 */
public final class EventSourceProvider implements ArgumentsProvider, AnnotationConsumer<EventSource> {

    /** {@code Arguments.argumentSet(String, Object...)}, from 5.11: the invocation is named by the set alone. */
    private static final Method ARGUMENT_SET = argumentSet();

    private EventSource source;

    @Override
    public void accept(EventSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Jupiter.requireSupportedForEventSource();
        Method method = context.getTestMethod().orElseThrow(() -> new ExtensionConfigurationException("@EventSource"
                + " on " + context.getDisplayName() + " feeds @ParameterizedTest methods only. Put it on the test"
                + " method, beside @ParameterizedTest."));
        String where = "@EventSource on " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (method.getParameterCount() == 0) {
            throw new ExtensionConfigurationException(where + " has no parameter to take the event. Declare one"
                    + " first, for example SQSEvent event.");
        }
        Parameter first = method.getParameters()[0];
        boolean listed = source.value().length > 0;
        boolean folder = !source.folder().isEmpty();
        if (listed == folder) {
            throw new ExtensionConfigurationException(where + (listed ? " sets both fixture ids and a folder."
                    : " names no fixture.") + " Set either the ids, @EventSource({\"sqs/receive-message\"}), or a"
                    + " folder, @EventSource(folder = \"events/orders\").");
        }
        List<EventFixture> fixtures = new ArrayList<>();
        if (listed) {
            for (String id : source.value()) {
                fixtures.add(Fixtures.load(id, source.parameters(), where, ExtensionConfigurationException::new));
            }
        } else {
            for (EventFixture fixture : Fixtures.folder(source.folder(), where, ExtensionConfigurationException::new)) {
                fixtures.add(Fixtures.withParameters(fixture, source.parameters(), where,
                        ExtensionConfigurationException::new));
            }
            if (fixtures.isEmpty()) {
                throw new ExtensionConfigurationException(where + ": folder " + source.folder() + " holds no .json"
                        + " file. Put the events there, or name them by id.");
            }
        }
        Class<?> type = first.getType();
        String parameter = where + ", parameter " + (first.isNamePresent() ? "'" + first.getName() + "'" : "0")
                + " (" + type.getSimpleName() + "), fixture ";
        return fixtures.stream().map(fixture -> named(fixture.id(),
                Fixtures.convert(fixture, type, parameter + fixture.id(), ExtensionConfigurationException::new)));
    }

    /**
     * One invocation's arguments, named {@code name} as Jupiter names argument sets (5.11+) or named
     * arguments (5.10). Here, not in {@link Jupiter}: only {@code @EventSource} needs junit-jupiter-params.
     */
    private static Arguments named(String name, Object argument) {
        if (ARGUMENT_SET != null) {
            try {
                return (Arguments) ARGUMENT_SET.invoke(null, name, new Object[] {argument});
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Arguments.argumentSet failed on JUnit Jupiter " + Jupiter.version(), e);
            }
        }
        return Arguments.of(org.junit.jupiter.api.Named.of(name, argument));
    }

    private static Method argumentSet() {
        try {
            return Arguments.class.getMethod("argumentSet", String.class, Object[].class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
