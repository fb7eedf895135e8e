package dev.lambdaharness.core.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import dev.lambdaharness.core.ExecutionEnvironment;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.oracle.OracleInvocation;
import dev.lambdaharness.core.internal.oracle.OracleLogs;
import dev.lambdaharness.core.internal.oracle.OracleRequest;
import dev.lambdaharness.core.internal.oracle.OracleSpec;
import dev.lambdaharness.core.internal.oracle.RicOracle;
import dev.lambdaharness.core.internal.oracle.TaskRoots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The differential corpus: each case of {@link CorpusCases} runs through the in-process runtime
 * and through the real RIC 2.9.0 in a child JVM (the oracle), on the same JDK, and the two must be
 * equivalent as DESIGN.md's fidelity contract says ({@link Equivalence}). The groups of
 * {@link #FORKED_HANDLERS} run in forked environments too, which must be equivalent to the oracle.
 *
 * <p>Cases of one handler and log configuration share one environment per side: one oracle child
 * and one in-process function, invoked in the listed order, so later cases are warm on both sides.
 * Oracle children start a few groups ahead of their use, so their JVM start overlaps the running
 * group's work.
 */
class DifferentialCorpusTest {

    private static final String FUNCTION_NAME = "corpus";
    private static final int MEMORY_MB = 512;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /**
     * Handlers whose groups also run in forked environments, compared with the oracle too: one or two of
     * each part of the corpus, since each group costs a child JVM more (about 0.7 s).
     */
    private static final Set<String> FORKED_HANDLERS = Set.of("Hello", "Upper", "Orders::fromRecord", "ColdStartCounter",
            "ContextDetails::handle", "RuntimeClasses::handle", "Serialisation::bean", "Orders::overloaded", "SqsBatch",
            "EventHandlers::s3", "Throws", "Fails", "StaticInitFails", "NoSuchHandler", "NeedsMissingClass", "Prints",
            "LogsEverything", "InitPartialLine");
    /** Handlers that leave a line open on stdout or stderr and then write to the other. */
    private static final Set<String> FORKED_MERGED_PARTIAL_LINES = Set.of("LogsEverything", "InitPartialLine");
    /** Oracle children started ahead of the group in use: enough to hide a start (~0.7 s) on 2 cores without crowding them. */
    private static final int LOOKAHEAD = 2;

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
        runtime = LambdaRuntime.create();
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
        OracleRequest request = OracleRequest.of(corpusCase.event(), TIMEOUT, oracle.functionArn())
                .withMobileContext(corpusCase.clientContext(), corpusCase.cognitoIdentity())
                .withTraceId(corpusCase.traceHeader());
        OracleInvocation expected = oracle.invoke(request, MAX_WAIT);
        OracleLogs init = caseIndex == 0 ? oracle.initLogs().orElse(null) : null;

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
        InvocationResult actual = group.function().invoke(invocation);
        List<ExecutionEnvironment> environments = group.function().environments();
        boolean discarded = environments.get(environments.size() - 1).discarded();

        List<String> differences = Equivalence.differences(expected, request.requestId(), init, actual, discarded);
        String description = corpusCase.environmentKey() + " with " + corpusCase.eventText();
        if (group.forked) {
            InvocationResult forked = group.forkedFunction().invoke(invocation);
            List<ExecutionEnvironment> forkedEnvironments = group.forkedFunction().environments();
            boolean forkedDiscarded = forkedEnvironments.get(forkedEnvironments.size() - 1).discarded();
            List<String> forkedDifferences = Equivalence.differences(expected, request.requestId(), init, forked, forkedDiscarded);
            if (FORKED_MERGED_PARTIAL_LINES.contains(group.handlerName())) {
                // Forked stdout and stderr share one file: a line left open on one continues with the other's next
                // bytes, where the oracle keeps two files. Everything but the log interleaving must still agree.
                assertThat(forkedDifferences).as("forked differences of %s beyond merged partial lines", description)
                        .allSatisfy(difference -> assertThat(difference).contains("is not an interleaving of the oracle's"));
            } else {
                // The forked runtime is the RIC: no known difference of in-process applies to it.
                assertThat(forkedDifferences).as("differences between the oracle and forked for %s%n oracle: %s%n forked: %s (logs %s)",
                        description, expected, forked, forked.logs()).isEmpty();
            }
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
                description, expected, actual, actual.logs()).isEmpty();
    }

    /** The cases that share one environment per side, with the oracle child and in-process function they run on. */
    private static final class Group {
        final String key;
        final List<CorpusCase> cases;
        final boolean forked;
        private RicOracle oracle;
        private LambdaFunction function;
        private LambdaFunction forkedFunction;

        Group(List<CorpusCase> cases) {
            this.cases = List.copyOf(cases);
            this.key = cases.get(0).environmentKey();
            this.forked = FORKED_HANDLERS.contains(handlerName());
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

        synchronized LambdaFunction forkedFunction() {
            if (forkedFunction == null) {
                forkedFunction = runtime.function(config(), code(), Isolation.FORKED);
            }
            return forkedFunction;
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
            List<String> serialisers = cases.get(0).serialisers();
            if (serialisers.isEmpty()) {
                return CorpusCode.code();
            }
            Path services = directory.resolve("services-" + GROUPS.indexOf(this));
            try {
                Path file = services.resolve("META-INF/services/" + CustomPojoSerializer.class.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, serialisers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Path> paths = new ArrayList<>();
            paths.add(services);
            paths.addAll(CorpusCode.code().classpath());
            return FunctionCode.fromPaths(paths);
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
