package dev.lambdaharness.conformance.internal.contract;

import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceFunction;
import dev.lambdaharness.conformance.ConformanceFunction.NamedEvent;
import dev.lambdaharness.conformance.ContractCheck;
import dev.lambdaharness.conformance.Outcome;
import dev.lambdaharness.conformance.Severity;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract checks of one function: each event three times on a fresh environment (cold, warm,
 * delivered again), each result compared and each invocation
 * watched (its time, memory, {@code /tmp}, threads and Invoke API calls).
 *
 * <pre>{@code
 * List<CheckResult> results = new ContractRun(function, events, "no event", Isolation.IN_PROCESS, recorder).run();
 * }</pre>
 */
public final class ContractRun {

    /** Lambda's INIT limit, which the harness enforces as well. */
    public static final long INIT_LIMIT_MS = 10_000;
    /** The text of the {@code IOException} a write past the ephemeral storage gets, on Lambda as here. */
    static final String NO_SPACE = "No space left on device";
    /** How many log lines of an invocation a failure's evidence carries. */
    private static final int MAX_EVIDENCE_LINES = 40;

    private final ConformanceFunction function;
    private final List<NamedEvent> events;
    private final String noEventReason;
    private final Isolation isolation;
    private final InvokeApiRecorder recorder;
    private final Map<ContractCheck, CheckResult> results = new EnumMap<>(ContractCheck.class);

    /**
     * @param events the events to run on; empty with {@code noEventReason} saying why
     */
    public ContractRun(ConformanceFunction function, List<NamedEvent> events, String noEventReason, Isolation isolation,
            InvokeApiRecorder recorder) {
        this.function = function;
        this.events = events;
        this.noEventReason = noEventReason;
        this.isolation = isolation;
        this.recorder = recorder;
    }

    /** An invocation and what was seen around it. */
    private record Observed(NamedEvent event, String label, InvocationResult result, List<String> threadsLeft,
            List<String> invoked) {
    }

    /** @return one result per {@link ContractCheck}, in its order */
    public List<CheckResult> run() {
        packageSize();
        FunctionConfig config;
        try {
            config = function.config().build();
        } catch (InvalidConfigurationException e) {
            if (!"environment".equals(e.setting()) || !e.value().endsWith(" bytes")) {
                throw e;
            }
            fail(ContractCheck.ENVIRONMENT_WITHIN_4KB, Severity.ERROR, function.name() + ": " + e.getMessage(), List.of());
            notRunRest("Lambda refuses the function's configuration (environment-within-4kb)");
            return List.copyOf(results.values());
        }
        pass(ContractCheck.ENVIRONMENT_WITHIN_4KB, function.name() + "'s environment variables take "
                + environmentBytes(config) + " bytes of Lambda's " + FunctionConfig.MAX_ENVIRONMENT_BYTES);
        if (events.isEmpty()) {
            notRunRest(noEventReason);
            return List.copyOf(results.values());
        }
        FunctionConfig watched = withRecorder(config);
        List<Observed> cold = new ArrayList<>();
        List<Observed> warm = new ArrayList<>();
        List<Observed> again = new ArrayList<>();
        for (NamedEvent event : events) {
            // A runtime of its own per event: its first invocation is a cold start on a fresh environment.
            try (LambdaRuntime runtime = LambdaRuntime.create()) {
                LambdaFunction lambda = runtime.function(watched, function.code(), isolation);
                cold.add(invoke(lambda, event, "cold"));
                warm.add(invoke(lambda, event, "warm"));
                again.add(invoke(lambda, event, "delivered again"));
            } catch (RuntimeException e) {
                notRunRest("the harness refused an invocation of " + function.name() + ": " + e.getMessage());
                return ordered();
            }
        }
        List<Observed> all = new ArrayList<>(cold);
        all.addAll(warm);
        all.addAll(again);
        init(cold, config);
        timeout(all, config);
        memory(all, config);
        coldWarm(cold, warm);
        redelivery(cold, warm, again);
        tmp(all, config);
        threads(all);
        selfInvocation(all, watched);
        return ordered();
    }

    private FunctionConfig withRecorder(FunctionConfig config) {
        if (recorder == null) {
            return config;
        }
        try {
            return config.toBuilder().environment(InvokeApiRecorder.VARIABLE, recorder.endpoint()).build();
        } catch (InvalidConfigurationException e) {
            return config; // the self-invocation check says it did not run
        }
    }

    private Observed invoke(LambdaFunction lambda, NamedEvent event, String label) {
        var before = FunctionThreads.live();
        if (recorder != null) {
            recorder.drain();
        }
        InvocationResult result = lambda.invoke(event.payload().asBytes());
        List<String> left = new ArrayList<>();
        if (isolation == Isolation.IN_PROCESS) {
            FunctionThreads.startedSince(before).forEach(thread -> left.add(thread.getName()));
        }
        List<String> invoked = recorder == null ? List.of() : recorder.drain();
        return new Observed(event, label, result, left, invoked);
    }

    private void init(List<Observed> cold, FunctionConfig config) {
        for (Observed observed : cold) {
            InvocationResult result = observed.result();
            // The platform writes INIT_REPORT (platform.initReport in JSON logs) on a cold start only when INIT
            // failed or outlived its 10 s.
            Optional<String> initReport = result.logs().stream()
                    .filter(line -> line.source() == LogEvent.Source.PLATFORM
                            && (line.message().startsWith("INIT_REPORT") || line.message().contains("\"platform.initReport\"")))
                    .map(LogEvent::message).findFirst();
            Optional<Double> init = result.report().initDurationMs();
            if (initReport.isPresent() || init.orElse(0.0) > INIT_LIMIT_MS) {
                String why = initReport.filter(line -> line.contains("Status: timeout")).isPresent()
                        ? "timed out, and ran again inside the invocation"
                        : result.error().map(e -> "failed with " + e.errorType().orElse(e.runtimeErrorType()) + ": " + e.errorMessage())
                                .orElse("took " + Math.round(init.orElse(0.0)) + " ms");
                fail(ContractCheck.INIT_WITHIN_LIMIT, Severity.ERROR, function.name() + " (" + config.handler()
                        + ") did not initialise within Lambda's 10 s INIT limit on event " + observed.event().name() + ": INIT "
                        + why, logs(observed));
                return;
            }
        }
        double longest = cold.stream().mapToDouble(o -> o.result().report().initDurationMs().orElse(0.0)).max().orElse(0);
        pass(ContractCheck.INIT_WITHIN_LIMIT, function.name() + " initialised in at most " + Math.round(longest)
                + " ms of Lambda's 10 s INIT limit");
    }

    private void timeout(List<Observed> all, FunctionConfig config) {
        for (Observed observed : all) {
            if (observed.result().report().status() == InvocationStatus.TIMEOUT) {
                fail(ContractCheck.COMPLETES_WITHIN_TIMEOUT, Severity.ERROR, function.name() + " timed out after its "
                        + config.timeout().toSeconds() + " s timeout on event " + observed.event().name() + " (" + observed.label()
                        + "): finish sooner, or raise the timeout if the work needs it", logs(observed));
                return;
            }
        }
        double longest = all.stream().mapToDouble(o -> o.result().report().durationMs()).max().orElse(0);
        pass(ContractCheck.COMPLETES_WITHIN_TIMEOUT, function.name() + " took at most " + Math.round(longest) + " ms of its "
                + config.timeout().toSeconds() + " s timeout");
    }

    private void memory(List<Observed> all, FunctionConfig config) {
        if (isolation != Isolation.FORKED) {
            notRun(ContractCheck.MEMORY_WITHIN_SIZE, "in-process environments share the test JVM's heap, so no Max Memory Used"
                    + " is measured: run the suite with Isolation.FORKED to check memory");
            return;
        }
        int peak = 0;
        for (Observed observed : all) {
            var report = observed.result().report();
            boolean outOfMemory = observed.result().error().map(e -> "Runtime.OutOfMemory".equals(e.runtimeErrorType())).orElse(false);
            int used = report.maxMemoryUsedMb().orElse(0);
            peak = Math.max(peak, used);
            if (outOfMemory || used >= config.memorySize()) {
                fail(ContractCheck.MEMORY_WITHIN_SIZE, Severity.ERROR, function.name() + " used "
                        + (outOfMemory ? "more than" : used + " MB of") + " its " + config.memorySize() + " MB on event "
                        + observed.event().name() + " (" + observed.label() + "): use less, or raise the memory size", logs(observed));
                return;
            }
        }
        pass(ContractCheck.MEMORY_WITHIN_SIZE, function.name() + " used at most " + peak + " MB (Max Memory Used) of its "
                + config.memorySize() + " MB");
    }

    private void coldWarm(List<Observed> cold, List<Observed> warm) {
        for (int i = 0; i < cold.size(); i++) {
            Optional<String> difference = ResultComparison.difference(cold.get(i).result(), warm.get(i).result(),
                    function.ignoredPaths(), "cold", "warm");
            if (difference.isPresent()) {
                fail(ContractCheck.COLD_WARM_SAME_RESULT, Severity.ERROR, function.name() + " gave another result on a warm"
                        + " environment than on a cold one for event " + cold.get(i).event().name() + ": " + difference.get()
                        + ". State left by an earlier invocation changes the result: keep per-request data in local variables,"
                        + " or ignore the path if it differs by design", logs(warm.get(i)));
                return;
            }
        }
        pass(ContractCheck.COLD_WARM_SAME_RESULT, function.name() + " gave the same results cold and warm on "
                + cold.size() + " event(s)" + ignoring());
    }

    /** The first delivery fails the check when the second fails; the second and third when they differ. */
    private void redelivery(List<Observed> first, List<Observed> second, List<Observed> third) {
        for (int i = 0; i < first.size(); i++) {
            InvocationResult twice = second.get(i).result();
            String event = first.get(i).event().name();
            if (first.get(i).result().succeeded() && !twice.succeeded()) {
                fail(ContractCheck.REDELIVERY_SAME_RESULT, Severity.ERROR, function.name() + " failed when event " + event
                        + " was delivered again: " + ResultComparison.describe(twice) + ". Lambda delivers an event more than"
                        + " once (async retries, SQS redelivery): make handling it twice harmless", logs(second.get(i)));
                return;
            }
            Optional<String> difference = ResultComparison.difference(twice, third.get(i).result(), function.ignoredPaths(),
                    "second", "third");
            if (difference.isPresent()) {
                fail(ContractCheck.REDELIVERY_SAME_RESULT, Severity.ERROR, function.name() + " gave another result when event "
                        + event + " was delivered again: " + difference.get() + ". Lambda delivers an event more than once"
                        + " (async retries, SQS redelivery): make handling it twice harmless", logs(third.get(i)));
                return;
            }
        }
        pass(ContractCheck.REDELIVERY_SAME_RESULT, function.name() + " gave the same results on " + first.size()
                + " event(s) delivered three times" + ignoring());
    }

    private void tmp(List<Observed> all, FunctionConfig config) {
        if (isolation != Isolation.IN_PROCESS) {
            notRun(ContractCheck.TMP_WITHIN_EPHEMERAL_STORAGE, "a forked environment's /tmp is this machine's unless the runtime"
                    + " gives it a private one (LambdaRuntime.Builder.privateTmp(true)): run the suite in-process to check /tmp");
            return;
        }
        for (Observed observed : all) {
            boolean full = observed.result().error().map(e -> e.errorMessage().contains(NO_SPACE)
                    || String.join("\n", e.stackTrace()).contains(NO_SPACE)).orElse(false)
                    || observed.result().logText().contains(NO_SPACE);
            if (full) {
                fail(ContractCheck.TMP_WITHIN_EPHEMERAL_STORAGE, Severity.ERROR, function.name() + " wrote past its "
                        + config.ephemeralStorageSize() + " MB of ephemeral storage in /tmp on event " + observed.event().name()
                        + " (" + NO_SPACE + "): delete files it no longer needs, or raise the ephemeral storage size", logs(observed));
                return;
            }
        }
        pass(ContractCheck.TMP_WITHIN_EPHEMERAL_STORAGE, function.name() + " stayed within its " + config.ephemeralStorageSize()
                + " MB of ephemeral storage");
    }

    private void threads(List<Observed> all) {
        if (isolation != Isolation.IN_PROCESS) {
            notRun(ContractCheck.NO_THREADS_LEFT, "a forked environment's threads live in its child JVM: run the suite in-process"
                    + " to check threads left running");
            return;
        }
        for (Observed observed : all) {
            if (!observed.threadsLeft().isEmpty()) {
                fail(ContractCheck.NO_THREADS_LEFT, Severity.ERROR, function.name() + " left thread(s) "
                        + String.join(", ", observed.threadsLeft()) + " running after the invocation of event "
                        + observed.event().name() + " (" + observed.label() + "): Lambda freezes the environment when the handler"
                        + " returns, so join them or shut their executor down before returning", logs(observed));
                return;
            }
        }
        pass(ContractCheck.NO_THREADS_LEFT, function.name() + " left no thread running after " + all.size() + " invocations");
    }

    private void selfInvocation(List<Observed> all, FunctionConfig watched) {
        if (recorder == null || !watched.environment().containsKey(InvokeApiRecorder.VARIABLE)) {
            notRun(ContractCheck.NO_SELF_INVOCATION, "the Invoke API recorder's endpoint does not fit in " + function.name()
                    + "'s environment (4 KB)");
            return;
        }
        String own = watched.functionName();
        for (Observed observed : all) {
            for (String invoked : observed.invoked()) {
                if (invoked.equals(own) || invoked.endsWith(":function:" + own) || invoked.contains(":function:" + own + ":")) {
                    fail(ContractCheck.NO_SELF_INVOCATION, Severity.ERROR, function.name() + " invoked itself (" + invoked
                            + ") through the Lambda Invoke API on event " + observed.event().name() + " (" + observed.label()
                            + "): carry the work on in a loop, or hand the next step to a queue or a state machine", logs(observed));
                    return;
                }
            }
        }
        pass(ContractCheck.NO_SELF_INVOCATION, function.name() + " did not invoke itself in " + all.size() + " invocations");
    }

    private void packageSize() {
        Optional<Path> file = function.deploymentPackage();
        if (file.isEmpty()) {
            notRun(ContractCheck.PACKAGE_SIZE, "no deployment package given: name the .zip or .jar you upload"
                    + " (ConformanceFunction.Builder.deploymentPackage)");
            return;
        }
        long zipped = PackageSize.zipped(file.get());
        long unzipped = PackageSize.unzipped(file.get());
        for (Path layer : function.code().layerJars()) {
            unzipped += PackageSize.zipped(layer);
        }
        if (unzipped > PackageSize.MAX_UNZIPPED_BYTES) {
            fail(ContractCheck.PACKAGE_SIZE, Severity.ERROR, function.name() + "'s deployment package " + file.get().getFileName()
                    + " takes " + PackageSize.megabytes(unzipped) + " unzipped with its layers, over Lambda's 250 MB: leave out"
                    + " what the function does not use, or deploy it as a container image", List.of());
        } else if (zipped > PackageSize.MAX_DIRECT_UPLOAD_BYTES) {
            fail(ContractCheck.PACKAGE_SIZE, Severity.WARNING, function.name() + "'s deployment package " + file.get().getFileName()
                    + " is " + PackageSize.megabytes(zipped) + " zipped, over the 50 MB Lambda takes in a direct upload:"
                    + " upload it through S3 (as SAM and CDK do), or make it smaller", List.of());
        } else {
            pass(ContractCheck.PACKAGE_SIZE, function.name() + "'s deployment package is " + PackageSize.megabytes(zipped)
                    + " zipped and " + PackageSize.megabytes(unzipped) + " unzipped with its layers");
        }
    }

    private String ignoring() {
        return function.ignoredPaths().isEmpty() ? "" : ", ignoring " + String.join(", ", function.ignoredPaths());
    }

    private static int environmentBytes(FunctionConfig config) {
        StringBuilder json = new StringBuilder("{");
        config.environment().forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":\"").append(value).append('"');
        });
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<String> logs(Observed observed) {
        List<String> lines = new ArrayList<>();
        lines.add("invocation " + observed.result().requestId() + " (" + observed.label() + ", event " + observed.event().name() + "):");
        observed.result().logs().stream().limit(MAX_EVIDENCE_LINES).forEach(line -> lines.add(line.message().stripTrailing()));
        return lines;
    }

    private void notRunRest(String reason) {
        for (ContractCheck check : ContractCheck.values()) {
            results.putIfAbsent(check, result(check, Outcome.NOT_RUN, Severity.ERROR, reason, List.of()));
        }
    }

    private List<CheckResult> ordered() {
        return List.copyOf(results.values());
    }

    private void pass(ContractCheck check, String message) {
        results.put(check, result(check, Outcome.PASSED, Severity.ERROR, message, List.of()));
    }

    private void notRun(ContractCheck check, String reason) {
        results.put(check, result(check, Outcome.NOT_RUN, Severity.ERROR, reason, List.of()));
    }

    private void fail(ContractCheck check, Severity severity, String message, List<String> evidence) {
        results.put(check, result(check, Outcome.FAILED, severity, message, evidence));
    }

    private CheckResult result(ContractCheck check, Outcome outcome, Severity severity, String message, List<String> evidence) {
        return new CheckResult(function.name(), check.id(), CheckResult.Kind.CHECK, outcome, severity, message, evidence);
    }
}
