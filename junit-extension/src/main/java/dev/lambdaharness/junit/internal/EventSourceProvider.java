package dev.lambdaharness.junit.internal;

import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.junit.EventSource;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Provides the arguments of {@code @EventSource}: one per fixture, converted to the declared type of
 * the first parameter, which is why it implements the JUnit 5.13+ signature that declares it.
 */
public final class EventSourceProvider implements ArgumentsProvider, AnnotationConsumer<EventSource> {

    private EventSource source;

    @Override
    public void accept(EventSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String where = "@EventSource on " + describe(parameters.getSourceElement());
        ParameterDeclaration first = parameters.getFirst().orElseThrow(() -> new ExtensionConfigurationException(
                where + " has no parameter to take the event. Declare one first, for example SQSEvent event."));
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
        Class<?> type = first.getParameterType();
        String parameter = where + ", parameter " + first.getParameterName().map(n -> "'" + n + "'")
                .orElse("0") + " (" + type.getSimpleName() + "), fixture ";
        return fixtures.stream().map(fixture -> Arguments.argumentSet(fixture.id(),
                Fixtures.convert(fixture, type, parameter + fixture.id(), ExtensionConfigurationException::new)));
    }

    /** {@code OrdersTest.acceptsEveryOrder}, or the class of a parameterized class. */
    private static String describe(AnnotatedElement element) {
        if (element instanceof Method) {
            Method method = (Method) element;
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
        return element instanceof Class ? ((Class<?>) element).getSimpleName() : String.valueOf(element);
    }
}
