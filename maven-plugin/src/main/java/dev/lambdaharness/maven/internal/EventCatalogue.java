package dev.lambdaharness.maven.internal;

import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.events.FixtureParameter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of built-in event fixtures as the {@code generate-event} goal lists it: every fixture
 * with its description, or one service's fixtures with their parameters and defaults, as
 * {@code sam local generate-event} and {@code sam local generate-event <service> <event> --help} do.
 *
 * <pre>{@code
 * System.out.println(EventCatalogue.service("sqs"));
 * }</pre>
 */
public final class EventCatalogue {

    private EventCatalogue() {
    }

    /** Whether the name is a built-in service (a folder of fixtures), such as {@code sqs}. */
    public static boolean isService(String name) {
        return services().contains(name);
    }

    /** Every built-in fixture, one line each: its id and description. */
    public static String list() {
        List<EventFixture> all = EventFixtures.catalogue();
        int width = all.stream().mapToInt(fixture -> fixture.id().length()).max().orElse(0);
        StringBuilder text = new StringBuilder(all.size() + " event fixtures in " + services().size() + " services;"
                + " -Devent=<service> lists one service's with their parameters, -Devent=<id> prints one.\n");
        for (EventFixture fixture : all) {
            text.append(String.format("%-" + width + "s  %s%n", fixture.id(), fixture.description()));
        }
        return text.toString().stripTrailing();
    }

    /** One service's fixtures, each with its parameters, their defaults and what they are. */
    public static String service(String service) {
        StringBuilder text = new StringBuilder();
        for (EventFixture fixture : EventFixtures.service(service)) {
            text.append(fixture.id()).append("  ").append(fixture.description()).append('\n');
            for (FixtureParameter parameter : fixture.parameters().values()) {
                text.append("    ").append(parameter.name()).append(" (default: ").append(parameter.defaultValue()).append(")  ")
                        .append(parameter.description()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private static Set<String> services() {
        return EventFixtures.catalogue().stream().map(EventFixture::service).collect(Collectors.toSet());
    }
}
