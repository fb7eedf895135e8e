package dev.lambdaharness.core.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.ExecutionEnvironment;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildLogs;
import dev.lambdaharness.core.internal.child.ChildRequest;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.oracle.OracleSpec;
import dev.lambdaharness.core.oracle.RicOracle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential corpus: each case of {@link CorpusCases} runs through the in-process runtime,
 * through a forked environment and through the real RIC 2.9.0 in a child JVM (the oracle), on the
 * same JDK, and in-process and forked must each be equivalent to the oracle as DESIGN.md's fidelity
 * contract says ({@link Equivalence}). The cases excluded from the corpus are excluded on every side,
 * each with its reason; no case is excluded from the forked side alone.
 *
 * <p>Cases of one handler and log configuration share one environment per side: one oracle child,
 * one in-process function and one forked function, invoked in the listed order, so later cases are
 * warm on every side. Oracle children start a few groups ahead of their use, and the forked side of
 * the groups runs ahead on a thread of its own, so the JVM starts overlap the running group's work.
 */
class DifferentialCorpusIT {

    private static final String FUNCTION_NAME = "corpus";
    private static final int MEMORY_MB = 512;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** Handlers that leave a line open on stdout or stderr and then write to the other. */
    private static final Set<String> FORKED_MERGED_PARTIAL_LINES = Set.of("LogsEverything", "InitPartialLine");
    /** Oracle children started ahead of the group in use: enough to hide a start (~0.7 s) on 2 cores without crowding them. */
    private static final int LOOKAHEAD = 2;

    @TempDir
    static Path directory;

    private static Path taskRoot;
    private static LambdaRuntime runtime;
    private static final List<Group> GROUPS = new ArrayList<>();
    /** Runs the forked side of the groups in their order, ahead of the comparisons; a thread of its own, not the common pool. */
    private static final ExecutorService FORKED_RUNNER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "corpus-forked-side");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeAll
    static void setUp() {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "The oracle runs the RIC, whose native client ships for Linux only");
        taskRoot = TaskRoots.materialise(directory.resolve("task"), CorpusCode.code().classpath());
        runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.RIC).build(); // the forked side is the RIC itself
    }

    @AfterAll
    static void tearDown() {
        FORKED_RUNNER.shutdownNow();
        GROUPS.forEach(Group::close);
        if (runtime != null) {
            runtime.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> corpus() {
        Map<String, List<CorpusCase>> byEnvironment = new LinkedHashMap<>();
        List<CorpusCase> excluded = new ArrayList<>();
        for (CorpusCase corpusCase : CorpusCases.all()) {
            if (corpusCase.excludedBecause() != null) {
                excluded.add(corpusCase);
            } else {
                byEnvironment.computeIfAbsent(corpusCase.environmentKey(), key -> new ArrayList<>()).add(corpusCase);
            }
        }
        byEnvironment.values().forEach(cases -> GROUPS.add(new Group(cases)));
        Stream<DynamicNode> compared = IntStream.range(0, GROUPS.size()).mapToObj(this::container);
        Stream<DynamicNode> skipped = excluded.stream().map(corpusCase -> DynamicTest.dynamicTest(corpusCase.name(),
                () -> Assumptions.abort("Not compared: " + corpusCase.excludedBecause())));
        return Stream.concat(compared, skipped);
    }

    private DynamicNode container(int index) {
        Group group = GROUPS.get(index);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < group.cases.size(); i++) {
            int caseIndex = i;
            CorpusCase corpusCase = group.cases.get(i);
            tests.add(DynamicTest.dynamicTest(corpusCase.name(), () -> {
                for (int ahead = index; ahead < Math.min(GROUPS.size(), index + 1 + LOOKAHEAD); ahead++) {
                    GROUPS.get(ahead).startOracle();
                    GROUPS.get(ahead).startForked();
                }
                try {
                    compare(group, caseIndex);
                } finally {
                    if (caseIndex == group.cases.size() - 1) {
                        group.close();
                    }
                }
            }));
        }
        return DynamicContainer.dynamicContainer(group.key, tests);
    }

    private static void compare(Group group, int caseIndex) {
        CorpusCase corpusCase = group.cases.get(caseIndex);
        RicOracle oracle = group.startOracle();
        ChildRequest request = ChildRequest.of(corpusCase.event(), TIMEOUT, oracle.functionArn())
                .withMobileContext(corpusCase.clientContext(), corpusCase.cognitoIdentity())
                .withTraceId(corpusCase.traceHeader());
        ChildInvocation expected = oracle.invoke(request, MAX_WAIT);
        ChildLogs init = caseIndex == 0 ? oracle.initLogs().orElse(null) : null;

        Outcome inProcess = Outcome.of(group.function(), invocation(corpusCase));

        List<String> differences = Equivalence.differences(expected, request.requestId(), init, inProcess.result(),
                inProcess.discarded());
        String description = corpusCase.environmentKey() + " with " + corpusCase.eventText();
        Outcome forked = group.forkedOutcome(caseIndex);
        List<String> forkedDifferences = Equivalence.differences(expected, request.requestId(), init, forked.result(),
                forked.discarded());
        if (FORKED_MERGED_PARTIAL_LINES.contains(group.handlerName())) {
            // Forked stdout and stderr share one file: a line left open on one continues with the other's next
            // bytes, where the oracle keeps two files. Everything but the log interleaving must still agree.
            assertThat(forkedDifferences).as("forked differences of %s beyond merged partial lines", description)
                    .allSatisfy(difference -> assertThat(difference).contains("is not an interleaving of the oracle's"));
        } else {
            // The forked runtime is the RIC: no known difference of in-process applies to it.
            assertThat(forkedDifferences).as("differences between the oracle and forked for %s%n oracle: %s%n forked: %s (logs %s)",
                    description, expected, forked.result(), forked.result().logs()).isEmpty();
        }
        if (corpusCase.knownDifference() != null) {
            if (differences.isEmpty()) {
                Assertions.fail(description + " no longer differs; remove its known difference: " + corpusCase.knownDifference());
            }
            assertThat(differences).as("differences of %s beyond its known one (%s)", description, corpusCase.knownDifference())
                    .allSatisfy(difference -> assertThat(difference).contains(corpusCase.knownFragment()));
            Assumptions.abort("Known difference: " + corpusCase.knownDifference());
        }
        assertThat(differences).as("differences between the oracle and in-process for %s%n oracle: %s%n in-process: %s (logs %s)",
                description, expected, inProcess.result(), inProcess.result().logs()).isEmpty();
    }

    private static InvocationRequest invocation(CorpusCase corpusCase) {
        InvocationRequest invocation = InvocationRequest.of(corpusCase.event());
        if (corpusCase.clientContext() != null) {
            invocation = invocation.withClientContext(corpusCase.clientContext());
        }
        if (corpusCase.cognitoIdentity() != null) {
            invocation = invocation.withCognitoIdentity(corpusCase.cognitoIdentity());
        }
        if (corpusCase.traceHeader() != null) {
            invocation = invocation.withTraceHeader(corpusCase.traceHeader());
        }
        return invocation;
    }

    /** What one side did for a case, and whether it discarded the environment afterwards. */
    private record Outcome(InvocationResult result, boolean discarded) {

        static Outcome of(LambdaFunction function, InvocationRequest invocation) {
            InvocationResult result = function.invoke(invocation);
            List<ExecutionEnvironment> environments = function.environments();
            return new Outcome(result, environments.get(environments.size() - 1).discarded());
        }
    }

    /** The cases that share one environment per side, with the oracle child and in-process function they run on. */
    private static final class Group {
        final String key;
        final List<CorpusCase> cases;
        private final List<CompletableFuture<Outcome>> forkedOutcomes = new ArrayList<>();
        private RicOracle oracle;
        private LambdaFunction function;
        private LambdaFunction forkedFunction;
        private boolean forkedStarted;

        Group(List<CorpusCase> cases) {
            this.cases = List.copyOf(cases);
            this.key = cases.get(0).environmentKey();
            cases.forEach(corpusCase -> forkedOutcomes.add(new CompletableFuture<>()));
        }

        /** The handler string without the corpus package. */
        String handlerName() {
            String handler = cases.get(0).handler();
            return handler.substring(handler.lastIndexOf('.') + 1);
        }

        synchronized RicOracle startOracle() {
            if (oracle == null) {
                CorpusCase first = cases.get(0);
                Path root = first.serialisers().isEmpty() ? taskRoot
                        : TaskRoots.materialise(directory.resolve("task-" + GROUPS.indexOf(this)), code().classpath());
                OracleSpec spec = OracleSpec.of(first.handler(), root)
                        .withMemoryMb(MEMORY_MB)
                        .withEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", FUNCTION_NAME));
                if (first.logFormat() == LogFormat.JSON) {
                    spec = spec.withLogFormat("JSON");
                }
                if (first.logLevel() != null) {
                    spec = spec.withLogLevel(first.logLevel().name());
                }
                oracle = RicOracle.start(spec);
            }
            return oracle;
        }

        /** Queues the group's cases on the forked side, once; they run in order on one forked function. */
        synchronized void startForked() {
            if (forkedStarted) {
                return;
            }
            forkedStarted = true;
            LambdaFunction forked = forkedFunction = runtime.function(config(), code(), Isolation.FORKED);
            FORKED_RUNNER.execute(() -> {
                try {
                    for (int i = 0; i < cases.size(); i++) {
                        forkedOutcomes.get(i).complete(Outcome.of(forked, invocation(cases.get(i))));
                    }
                } catch (Throwable e) {
                    forkedOutcomes.forEach(outcome -> outcome.completeExceptionally(e));
                } finally {
                    forked.environments().forEach(ExecutionEnvironment::close);
                }
            });
        }

        Outcome forkedOutcome(int caseIndex) {
            startForked();
            try {
                return forkedOutcomes.get(caseIndex).get(MAX_WAIT.toSeconds() * cases.size(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError("The forked side failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("No forked outcome for case " + caseIndex + " of " + key + " within "
                        + MAX_WAIT.toSeconds() * cases.size() + " s", e);
            }
        }

        synchronized LambdaFunction function() {
            if (function == null) {
                function = runtime.function(config(), code());
            }
            return function;
        }

        private FunctionConfig config() {
            CorpusCase first = cases.get(0);
            FunctionConfig.Builder config = FunctionConfig.builder(first.handler())
                    .functionName(FUNCTION_NAME)
                    .memorySize(MEMORY_MB)
                    .timeout(TIMEOUT)
                    .logFormat(first.logFormat());
            if (first.logLevel() != null) {
                config.applicationLogLevel(first.logLevel());
            }
            return config.build();
        }

        /** The corpus, preceded by a services file naming the cases' serialisers when they name any. */
        private FunctionCode code() {
            return CorpusCode.withSerialisers(cases.get(0).serialisers(), directory.resolve("services-" + GROUPS.indexOf(this)));
        }

        synchronized void close() {
            if (oracle != null) {
                oracle.close();
            }
            if (forkedFunction != null) {
                forkedFunction.environments().forEach(ExecutionEnvironment::close);
            }
        }
    }
}
