package dev.lambdaharness.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.internal.fixtures.FixtureContent;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event payload from a fixture file, as Lambda would deliver it, with its parameters set to
 * defaults until a test changes them. Immutable: {@link #with} and {@link #withField} return a new
 * fixture, and the payload is rendered when first read.
 *
 * <pre>{@code
 * EventFixture fixture = EventFixtures.get("sqs/receive-message")
 *         .with("queue", "orders")
 *         .with("body", "{\"sku\":\"A-1\"}")
 *         .withField("/Records/0/attributes/ApproximateReceiveCount", "3");
 * SQSEvent event = fixture.as(SQSEvent.class);   // or (SQSEvent) fixture.typed()
 * }</pre>
 *
 * <p>Built-in fixtures come with parameters (region, account, queue, body, ...) that go everywhere
 * the value appears, encoded as the service encodes it: a new {@code body} also changes
 * {@code md5OfBody}. A user's own fixture file has no parameters; change it with
 * {@link #withField}.
 */
public final class EventFixture implements EventPayload {

    private final FixtureContent content;

    EventFixture(FixtureContent content) {
        this.content = content;
    }

    /** @return the fixture's id, such as {@code sqs/receive-message} */
    public String id() {
        return content.definition().id();
    }

    /** @return the service directory, such as {@code sqs} (for a user's file: its folder's name) */
    public String service() {
        return content.definition().service();
    }

    /** @return what the payload is (empty for a user's own file) */
    public String description() {
        return content.definition().description();
    }

    /** @return the aws-lambda-java-events class a handler declares for this payload, if there is one */
    public Optional<String> typeName() {
        return content.definition().typeName();
    }

    /** @return the parameters by name, with their defaults and descriptions, in index order */
    public Map<String, FixtureParameter> parameters() {
        return content.definition().parameters();
    }

    /**
     * @return the leaves (JSON Pointers) that reading this payload as {@link #typeName()} and writing
     *     it back loses, each with the reason: the class has no property for them
     */
    public Map<String, String> knownLosses() {
        return content.definition().losses();
    }

    /**
     * @param parameter a parameter's name, one of {@link #parameters()}
     * @param value its new value
     * @return a fixture with that value wherever the parameter goes
     * @throws IllegalArgumentException for an unknown parameter, naming the known ones
     */
    public EventFixture with(String parameter, String value) {
        return new EventFixture(content.withValues(Collections.singletonMap(Objects.requireNonNull(parameter, "parameter"), value)));
    }

    /**
     * @param values parameter names to values
     * @return a fixture with those values
     * @throws IllegalArgumentException for an unknown parameter, naming the known ones
     */
    public EventFixture with(Map<String, String> values) {
        return new EventFixture(content.withValues(values));
    }

    /**
     * Sets any field, after the parameters are applied. Missing object members on the way are
     * created; a {@code *} segment sets the field in every element of an array, and {@code -}
     * appends to one.
     *
     * @param jsonPointer where, such as {@code /Records/0/messageAttributes/tenant}
     * @param value a String, Number, Boolean, null, Map, List or Jackson {@code JsonNode}
     * @return a fixture with that field set
     * @throws IllegalArgumentException when the pointer or the value cannot be used
     */
    public EventFixture withField(String jsonPointer, Object value) {
        return new EventFixture(content.withField(Objects.requireNonNull(jsonPointer, "jsonPointer"), value));
    }

    /**
     * Reads the payload into its aws-lambda-java-events class ({@link #typeName()}), loaded through
     * the thread's context class loader, as the Lambda Java runtime would.
     *
     * @return a new event object
     * @throws IllegalStateException when the fixture has no class, or the class is not on the class path
     */
    public Object typed() {
        String name = typeName().orElseThrow(() -> new IllegalStateException("The fixture " + id()
                + " has no aws-lambda-java-events class: no class exists for this payload. Read it with asJson(), asMap(), "
                + "asString() or as(YourClass.class)."));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return as(Class.forName(name, false, loader != null ? loader : EventFixture.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The fixture " + id() + " reads as " + name + ", which is not on the class path. "
                    + "Add com.amazonaws:aws-lambda-java-events to the test dependencies (the fixtures are checked with 3.16.1; "
                    + "older versions lack some classes), or read it with asJson().", e);
        }
    }

    @Override
    public byte[] asBytes() {
        return content.payload().asBytes();
    }

    @Override
    public String asString() {
        return content.payload().asString();
    }

    @Override
    public JsonNode asJson() {
        return content.payload().asJson();
    }

    @Override
    public Map<String, Object> asMap() {
        return content.payload().asMap();
    }

    @Override
    public <T> T as(Class<T> type) {
        return content.payload().as(type);
    }

    /** Equal when the ids are and the payloads are the same JSON, however written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof EventFixture fixture && id().equals(fixture.id()) && content.payload().tree().equals(fixture.content.payload().tree());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "EventFixture[" + id() + (content.changed() ? ", changed " + String.join(", ", content.changes()) : "") + "]";
    }
}
