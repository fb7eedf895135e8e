package dev.lambdaharness.conformance;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.conformance.internal.contract.JsonPointers;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.events.EventPayload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One function for {@link ConformanceSuite}: its configuration and code, the events its contract
 * checks run on (fixture ids, files, builders' payloads; when none are named, the built-in fixtures
 * that fit the handler's input type), the JSON paths of its results that differ by design
 * (timestamps, generated ids), and its deployment package for the size check.
 *
 * <pre>{@code
 * ConformanceFunction createOrder = ConformanceFunction.builder("create-order",
 *                 FunctionConfig.builder("com.example.CreateOrder").memorySize(512),
 *                 FunctionCode.fromPaths(Path.of("target/classes")))
 *         .event("apigateway/http-api-v2")
 *         .ignoring("/body/orderId", "/headers/Date")
 *         .deploymentPackage(Path.of("target/orders.jar"))
 *         .build();
 * }</pre>
 */
public final class ConformanceFunction {

    private final String name;
    private final FunctionConfig.Builder config;
    private final FunctionCode code;
    private final List<NamedEvent> events;
    private final List<String> ignoredPaths;
    private final Optional<Path> deploymentPackage;

    private ConformanceFunction(Builder builder) {
        this.name = builder.name;
        this.config = builder.config;
        this.code = builder.code;
        this.events = List.copyOf(builder.events);
        this.ignoredPaths = List.copyOf(builder.ignoredPaths);
        this.deploymentPackage = Optional.ofNullable(builder.deploymentPackage);
    }

    /**
     * @param name the function's name, as reports show it (and its {@code functionName} unless the configuration sets one)
     * @param config the function's configuration, built by the suite: an environment over Lambda's 4 KB is
     *     the {@code environment-within-4kb} check's finding, not an exception
     * @param code the function's code
     * @return a builder
     */
    public static Builder builder(String name, FunctionConfig.Builder config, FunctionCode code) {
        return new Builder(name, config, code);
    }

    /** As {@link #builder(String, FunctionConfig.Builder, FunctionCode)} with a built configuration. */
    public static Builder builder(String name, FunctionConfig config, FunctionCode code) {
        return new Builder(name, Objects.requireNonNull(config, "config").toBuilder(), code);
    }

    /** @return the name reports show */
    public String name() {
        return name;
    }

    /** @return the configuration's builder, as given */
    public FunctionConfig.Builder config() {
        return config;
    }

    /** @return the code */
    public FunctionCode code() {
        return code;
    }

    /** @return the events named, in order; empty when the suite chooses built-in fixtures */
    public List<NamedEvent> events() {
        return events;
    }

    /** @return the JSON Pointers of result parts that may differ between invocations */
    public List<String> ignoredPaths() {
        return ignoredPaths;
    }

    /** @return the deployment package, when given */
    public Optional<Path> deploymentPackage() {
        return deploymentPackage;
    }

    /**
     * An event with the name reports give it.
     *
     * @param name a fixture id, a file, or the name given with a builder's payload
     * @param payload the payload
     * @param fixtureType the aws-lambda-java-events class a fixture is written for, when it is a fixture with one
     */
    public record NamedEvent(String name, EventPayload payload, Optional<String> fixtureType) {
    }

    /** Builds a {@link ConformanceFunction}. */
    public static final class Builder {
        private final String name;
        private final FunctionConfig.Builder config;
        private final FunctionCode code;
        private final List<NamedEvent> events = new ArrayList<>();
        private final List<String> ignoredPaths = new ArrayList<>();
        private Path deploymentPackage;

        private Builder(String name, FunctionConfig.Builder config, FunctionCode code) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a conformance function needs a name: give the function's name, as reports will show it");
            }
            this.name = name;
            this.config = Objects.requireNonNull(config, "config");
            this.code = Objects.requireNonNull(code, "code");
        }

        /**
         * Adds an event by fixture id ({@code sqs/receive-message}) or file ({@code events/order.json}),
         * read as {@link EventFixtures#get(String)} reads it.
         *
         * @throws dev.lambdaharness.events.FixtureNotFoundException naming the id and the nearest built-in ids
         */
        public Builder event(String fixtureIdOrFile) {
            var fixture = EventFixtures.get(fixtureIdOrFile);
            events.add(new NamedEvent(fixtureIdOrFile, fixture, fixture.typeName()));
            return this;
        }

        /** Adds an event from a file of JSON. */
        public Builder event(Path file) {
            return event(file.toString());
        }

        /**
         * Adds an event: a builder's payload ({@code Events.sqs()...build()}), a fixture with
         * parameters, or {@link EventPayload#of(String)}.
         *
         * @param name the name reports give the event
         */
        public Builder event(String name, EventPayload payload) {
            Objects.requireNonNull(payload, "payload");
            Optional<String> type = payload instanceof dev.lambdaharness.events.EventFixture fixture ? fixture.typeName() : Optional.empty();
            events.add(new NamedEvent(name, payload, type));
            return this;
        }

        /**
         * Parts of the result that may differ between invocations by design. A path that passes
         * through a string holding JSON (an API Gateway response's {@code body}) continues inside it:
         * {@code /body/orderId}.
         *
         * @param jsonPointers JSON Pointers (RFC 6901): {@code /body/orderId}, {@code /items/0/createdAt}
         * @throws IllegalArgumentException naming a path that is not a JSON Pointer, and the fix
         */
        public Builder ignoring(String... jsonPointers) {
            for (String pointer : jsonPointers) {
                ignoredPaths.add(JsonPointers.check(pointer));
            }
            return this;
        }

        /** The {@code .zip} or {@code .jar} that is uploaded, for the {@code package-size} check (with the code's layers). */
        public Builder deploymentPackage(Path file) {
            this.deploymentPackage = Objects.requireNonNull(file, "file");
            return this;
        }

        /** @return the function */
        public ConformanceFunction build() {
            return new ConformanceFunction(this);
        }
    }
}
