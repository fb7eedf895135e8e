package dev.lambdaharness.conformance;

import dev.lambdaharness.conformance.ConformanceFunction.NamedEvent;
import dev.lambdaharness.conformance.internal.RuleRun;
import dev.lambdaharness.conformance.internal.contract.ContractRun;
import dev.lambdaharness.conformance.internal.contract.HandlerInput;
import dev.lambdaharness.conformance.internal.contract.InvokeApiRecorder;
import dev.lambdaharness.conformance.internal.contract.PackageSize;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.events.EventFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the best-practice rules ({@link LambdaRules}) and the contract checks ({@link ContractCheck})
 * on each function, and gathers their results in one {@link ConformanceReport}. The checks run
 * real invocations through a {@code LambdaRuntime}: each named event (or, when none is named, each
 * built-in fixture written for the handler's input type) three times on a fresh environment:
 * cold, warm, and delivered again. A check that cannot run is reported {@link Outcome#NOT_RUN} with the reason,
 * never as passed.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceSuite.builder()
 *         .function(ConformanceFunction.builder("ship-orders", FunctionConfig.builder("com.example.ShipOrders"),
 *                 FunctionCode.fromPaths(Path.of("target/classes"))).build())
 *         .build()
 *         .run();
 * report.writeAll(Path.of("target/lambda-harness"));
 * assertThat(report.findingsAtOrAbove(Severity.ERROR)).isEmpty();
 * }</pre>
 */
public final class ConformanceSuite {

    /** The input types any JSON fits, for which no built-in fixture is chosen: events must be named. */
    private static final Set<String> ANY_JSON = Set.of("java.lang.String", "java.lang.Object", "java.io.InputStream",
            "java.util.Map", "[B", "com.fasterxml.jackson.databind.JsonNode");
    private static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events.";

    private final List<ConformanceFunction> functions;
    private final Isolation isolation;
    private final boolean rules;
    private final Template template;

    private ConformanceSuite(Builder builder) {
        this.functions = List.copyOf(builder.functions);
        this.isolation = builder.isolation;
        this.rules = builder.rules;
        this.template = builder.template;
    }

    /** @return a builder: in-process, with rules */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the rules and checks of every function.
     *
     * @return the results
     * @throws IllegalArgumentException for bad input, with one message naming it and the fix: a
     *     fixture that does not fit the handler's input type, a deployment package that is not a zip or jar
     */
    public ConformanceReport run() {
        List<List<NamedEvent>> events = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (ConformanceFunction function : functions) {
            function.deploymentPackage().ifPresent(PackageSize::unzipped);
            String handler = function.config().handler();
            Optional<String> input = HandlerInput.typeName(handler, function.code());
            events.add(events(function, handler, input));
            reasons.add(noEventReason(function, handler, input));
        }
        Set<String> handlerClasses = functions.stream().map(f -> RuleRun.handlerClass(f.config().handler()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<CheckResult> results = new ArrayList<>();
        if (template != null) {
            results.addAll(TemplateRules.check(template));
        }
        List<Suppression> suppressions = new ArrayList<>();
        RuleRun ruleRun = new RuleRun();
        try (InvokeApiRecorder recorder = InvokeApiRecorder.start()) {
            for (int i = 0; i < functions.size(); i++) {
                ConformanceFunction function = functions.get(i);
                String handler = function.config().handler();
                if (rules) {
                    Set<String> others = new LinkedHashSet<>(handlerClasses);
                    others.remove(RuleRun.handlerClass(handler));
                    results.addAll(ruleRun.results(function.name(), handler, function.code().functionEntries(), others));
                    suppressions.addAll(ruleRun.suppressions(function.name(), handler, function.code().functionEntries(), others));
                }
                results.addAll(new ContractRun(function, events.get(i), reasons.get(i), isolation, recorder).run());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the Invoke API recorder could not listen on loopback: " + e.getMessage(), e);
        }
        return new ConformanceReport(results, suppressions);
    }

    private static List<NamedEvent> events(ConformanceFunction function, String handler, Optional<String> input) {
        if (!function.events().isEmpty()) {
            for (NamedEvent event : function.events()) {
                if (input.isPresent() && input.get().startsWith(EVENTS_PACKAGE) && event.fixtureType().isPresent()
                        && !event.fixtureType().get().equals(input.get())) {
                    throw new IllegalArgumentException("event " + event.name() + " of function " + function.name()
                            + " is written for " + simple(event.fixtureType().get()) + ", but " + handler + " takes "
                            + simple(input.get()) + ": name a fixture written for " + simple(input.get()) + " ("
                            + fitting(input.get()).stream().map(EventFixture::id).limit(5).collect(Collectors.joining(", "))
                            + ") or a JSON file of your own");
                }
            }
            return function.events();
        }
        if (input.isEmpty() || ANY_JSON.contains(input.get())) {
            return List.of();
        }
        return fitting(input.get()).stream().map(fixture -> new NamedEvent(fixture.id(), fixture, fixture.typeName())).toList();
    }

    private static String noEventReason(ConformanceFunction function, String handler, Optional<String> input) {
        if (input.isEmpty()) {
            return "no event: " + handler + " does not resolve, or takes no input; name events for " + function.name()
                    + " (ConformanceFunction.Builder.event)";
        }
        return "no event: " + handler + " takes " + simple(input.get()) + ", for which no built-in fixture is written;"
                + " name events for " + function.name() + " (fixture ids, files or builders' payloads, ConformanceFunction.Builder.event)";
    }

    private static List<EventFixture> fitting(String type) {
        return HandlerInput.fixtures(type);
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Builds a {@link ConformanceSuite}. */
    public static final class Builder {
        private final List<ConformanceFunction> functions = new ArrayList<>();
        private Isolation isolation = Isolation.IN_PROCESS;
        private boolean rules = true;
        private Template template;

        private Builder() {
        }

        /**
         * Checks the template the functions come from with {@link TemplateRules} too: its results
         * join the report under each function's logical id.
         */
        public Builder template(Template template) {
            this.template = Objects.requireNonNull(template, "template");
            return this;
        }

        /** Adds a function. */
        public Builder function(ConformanceFunction function) {
            functions.add(Objects.requireNonNull(function, "function"));
            return this;
        }

        /**
         * The isolation the checks invoke in: {@link Isolation#IN_PROCESS} (the default) watches
         * threads and {@code /tmp}; {@link Isolation#FORKED} measures memory.
         */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        /** Whether the rules run beside the checks (on by default); off, only the checks run. */
        public Builder rules(boolean enabled) {
            this.rules = enabled;
            return this;
        }

        /** @return the suite */
        public ConformanceSuite build() {
            if (functions.isEmpty()) {
                throw new IllegalArgumentException("a conformance suite needs at least one function: add one with function(...)");
            }
            return new ConformanceSuite(this);
        }
    }

}
