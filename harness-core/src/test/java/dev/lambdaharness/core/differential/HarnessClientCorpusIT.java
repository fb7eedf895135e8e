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
 * The differential corpus through forked environments that run the harness's own runtime client
 * ({@link RuntimeClient#HARNESS}), each case compared with the real RIC (the oracle) by
 * {@link Equivalence}, as {@link DifferentialCorpusIT} compares in-process isolation. The groups of
 * {@link #HANDLERS} run: every kind of handler, serialiser, failure and log the client must carry
 * as the RIC does. A case's known difference of in-process isolation applies here when it is about
 * the runtime's own classes and frames, which the harness's client does not share with the RIC.
 */
class HarnessClientCorpusIT {

    private static final String FUNCTION_NAME = "corpus";
    private static final int MEMORY_MB = 512;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** One or more groups of each part of the corpus, logging libraries included; each group costs two child JVMs. */
    private static final Set<String> HANDLERS = Set.of("Hello", "Upper", "Orders::fromRecord", "Orders::overloaded",
            "Signatures::streams", "ColdStartCounter", "ContextEcho::handle", "ContextDetails::handle", "ThreadFacts::handle",
            "Visibility::handle", "RuntimeClasses::handle", "Serialisation::bean", "Serialisation::times", "SqsBatch",
            "EventHandlers::s3", "EventHandlers::scheduled", "Throws", "ThrowsWithoutMessage", "Fails", "NoSuchHandler",
            "StaticInitFails", "NeedsMissingClass", "Prints", "LogsEverything", "LogsFromThread", "InitPartialLine",
            "PrintsStackTrace", "LogsWithLog4j2", "LogsWithLogback", "EnvironmentEcho");
    /** Handlers that leave a line open on stdout or stderr and then write to the other (forked children merge the two). */
    private static final Set<String> MERGED_PARTIAL_LINES = Set.of("LogsEverything", "InitPartialLine");
    /** Known differences of in-process isolation that are differences of the harness's client too. */
    private static final Set<String> SHARED_DIFFERENCES = Set.of("RuntimeClasses::handle", "PrintsStackTrace");

    @TempDir
    static Path directory;

    private static Path taskRoot;
    private static LambdaRuntime runtime;
    private static final List<Group> GROUPS = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "The oracle runs the RIC, whose native client ships for Linux only");
        taskRoot = TaskRoots.materialise(directory.resolve("task"), CorpusCode.code().classpath());
        runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.HARNESS).build();
    }

    @AfterAll
    static void tearDown() {
        GROUPS.forEach(Group::close);
        if (runtime != null) {
            runtime.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> corpus() {
        Map<String, List<CorpusCase>> byEnvironment = new LinkedHashMap<>();
        for (CorpusCase corpusCase : CorpusCases.all()) {
            if (corpusCase.excludedBecause() == null && HANDLERS.contains(handlerName(corpusCase))) {
                byEnvironment.computeIfAbsent(corpusCase.environmentKey(), key -> new ArrayList<>()).add(corpusCase);
            }
        }
        byEnvironment.values().forEach(cases -> GROUPS.add(new Group(cases)));
        return GROUPS.stream().map(group -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < group.cases.size(); i++) {
                int caseIndex = i;
                tests.add(DynamicTest.dynamicTest(group.cases.get(i).name(), () -> {
                    int next = GROUPS.indexOf(group) + 1;
                    if (next < GROUPS.size()) {
                        GROUPS.get(next).startOracle(); // its JVM starts while this group runs
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
        });
    }

    private static void compare(Group group, int caseIndex) {
        CorpusCase corpusCase = group.cases.get(caseIndex);
        RicOracle oracle = group.startOracle();
        ChildRequest request = ChildRequest.of(corpusCase.event(), TIMEOUT, oracle.functionArn())
                .withMobileContext(corpusCase.clientContext(), corpusCase.cognitoIdentity())
                .withTraceId(corpusCase.traceHeader());
        ChildInvocation expected = oracle.invoke(request, MAX_WAIT);
        ChildLogs init = caseIndex == 0 ? oracle.initLogs().orElse(null) : null;

        InvocationResult actual = group.function().invoke(invocation(corpusCase));
        List<ExecutionEnvironment> environments = group.function().environments();
        boolean discarded = environments.get(environments.size() - 1).discarded();
        List<String> differences = Equivalence.differences(expected, request.requestId(), init, actual, discarded);
        String description = corpusCase.environmentKey() + " with " + corpusCase.eventText();

        if (MERGED_PARTIAL_LINES.contains(group.handlerName())) {
            assertThat(differences).as("differences of %s beyond merged partial lines", description)
                    .allSatisfy(difference -> assertThat(difference).contains("is not an interleaving of the oracle's"));
            return;
        }
        if (corpusCase.knownDifference() != null && SHARED_DIFFERENCES.contains(group.handlerName())) {
            if (differences.isEmpty()) {
                Assertions.fail(description + " no longer differs under the harness's client: " + corpusCase.knownDifference());
            }
            assertThat(differences).as("differences of %s beyond its known one (%s)", description, corpusCase.knownDifference())
                    .allSatisfy(difference -> assertThat(difference).contains(corpusCase.knownFragment()));
            Assumptions.abort("Known difference: " + corpusCase.knownDifference());
        }
        assertThat(differences).as("differences between the oracle and the harness's client for %s%n oracle: %s%n harness: %s (logs %s)",
                description, expected, actual, actual.logs()).isEmpty();
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

    private static String handlerName(CorpusCase corpusCase) {
        return corpusCase.handler().substring(corpusCase.handler().lastIndexOf('.') + 1);
    }

    /** The cases that share one environment per side: one oracle child, one forked function. */
    private static final class Group {
        final String key;
        final List<CorpusCase> cases;
        private RicOracle oracle;
        private LambdaFunction function;

        Group(List<CorpusCase> cases) {
            this.cases = List.copyOf(cases);
            this.key = cases.get(0).environmentKey();
        }

        String handlerName() {
            return HarnessClientCorpusIT.handlerName(cases.get(0));
        }

        synchronized RicOracle startOracle() {
            if (oracle == null) {
                CorpusCase first = cases.get(0);
                Path root = first.serialisers().isEmpty() ? taskRoot
                        : TaskRoots.materialise(directory.resolve("task-" + GROUPS.indexOf(this)), code().classpath());
                OracleSpec spec = OracleSpec.of(first.handler(), root).withMemoryMb(MEMORY_MB)
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

        synchronized LambdaFunction function() {
            if (function == null) {
                CorpusCase first = cases.get(0);
                FunctionConfig.Builder config = FunctionConfig.builder(first.handler()).functionName(FUNCTION_NAME)
                        .memorySize(MEMORY_MB).timeout(TIMEOUT).logFormat(first.logFormat());
                if (first.logLevel() != null) {
                    config.applicationLogLevel(first.logLevel());
                }
                function = runtime.function(config.build(), code(), Isolation.FORKED);
            }
            return function;
        }

        /** The corpus, preceded by a services file naming the cases' serialisers when they name any. */
        private FunctionCode code() {
            return CorpusCode.withSerialisers(cases.get(0).serialisers(), directory.resolve("services-" + GROUPS.indexOf(this)));
        }

        synchronized void close() {
            if (oracle != null) {
                oracle.close();
            }
            if (function != null) {
                function.environments().forEach(ExecutionEnvironment::close);
            }
        }
    }
}
