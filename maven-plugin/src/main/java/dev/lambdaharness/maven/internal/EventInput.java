package dev.lambdaharness.maven.internal;

import dev.lambdaharness.events.EventFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An event a goal sends, as a user names it: a JSON file (relative to the project's folder, or
 * absolute) or an event fixture id of the catalogue with parameters, as {@code @Event} takes them.
 *
 * <pre>{@code
 * byte[] event = EventInput.read(basedir, "events/order.json", Map.of(), "<event>");
 * byte[] sqs = EventInput.read(basedir, "sqs/receive-message", Map.of("body", "hi"), "-Devent");
 * }</pre>
 */
public final class EventInput {

    private EventInput() {
    }

    /**
     * The event's bytes.
     *
     * @param parameter the parameter that named it, for the message
     * @throws IllegalArgumentException with one line naming the parameter, the value and the fix
     */
    public static byte[] read(Path basedir, String event, Map<String, String> parameters, String parameter) {
        Path file = basedir.resolve(event);
        if (Files.isRegularFile(file)) {
            if (!parameters.isEmpty()) {
                throw new IllegalArgumentException(parameter + " = " + event + " is a file, and parameters apply to event fixtures"
                        + " only; drop the parameters or name a fixture id such as sqs/receive-message.");
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException(parameter + " = " + event + " cannot be read (" + e.getMessage()
                        + "); check the file's permissions.");
            }
        }
        try {
            return EventFixtures.get(event).with(parameters).asBytes();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " = " + event + " is neither a file under " + basedir
                    + " nor an event fixture: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
