package dev.lambdaharness.core.oracle;

import static dev.lambdaharness.core.oracle.OracleFixtures.MAX_WAIT;
import static dev.lambdaharness.core.oracle.OracleFixtures.PROBE;
import static dev.lambdaharness.core.oracle.OracleFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildInvocation.Outcome;
import dev.lambdaharness.core.internal.child.ChildLogs;
import dev.lambdaharness.core.internal.child.ChildRequest;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import dev.lambdaharness.core.internal.child.SystemLocale;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.internal.child.TelemetryRecord;
import dev.lambdaharness.core.oracle.probe.ThrowingHandler;
import dev.lambdaharness.testing.HandlerFrames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real RIC of the runtime set in a child JVM, driven through the oracle; every expectation is what the RIC did (runtime-facts §1, §5, §6, §13). */
class RicOracleIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    static Path taskRoot;

    @BeforeAll
    static void buildTaskRoot() {
        taskRoot = OracleFixtures.taskRoot(directory);
    }

    private static RicOracle start(String handler) {
        return RicOracle.start(OracleSpec.of(PROBE + handler, taskRoot));
    }

    @Test
    void respondsAndServesTheNextInvocationWarmFromTheSameChild() {
        try (RicOracle oracle = start("HelloHandler")) {
            ChildInvocation first = oracle.invoke(request(oracle, "\"world\""), MAX_WAIT);
            long pid = oracle.pid();
            ChildInvocation second = oracle.invoke(request(oracle, "\"again\""), MAX_WAIT);

            assertThat(first.outcome()).isEqualTo(Outcome.RESPONSE);
            assertThat(first.bodyText()).isEqualTo("\"hello world #1\"");
            assertThat(first.functionErrorType()).isNull();
            assertThat(first.exitCode()).isNull();
            // Responses come from the native client (libcurl), which always says application/json.
            assertThat(first.requestHeaders())
                    .containsEntry("Content-Type", "application/json")
                    .containsEntry("Content-Length", "16")
                    .containsEntry("Accept", "*/*");
            // The RIC names its own version, read from its jar: the runtime set's, whatever the test class path holds.
            assertThat(first.requestHeaders().get("User-Agent"))
                    .endsWith("-" + RuntimeSet.harness().version(RuntimeSet.Library.RIC)).startsWith("aws-lambda-java/");
            assertThat(second.bodyText()).isEqualTo("\"hello again #2\"");
            assertThat(oracle.pid()).isEqualTo(pid);
            assertThat(oracle.isAlive()).isTrue();
            assertThat(oracle.initLogs()).contains(ChildLogs.EMPTY);
            assertThat(oracle.timeToFirstNext()).isPresent();
        }
    }

    @Test
    void postsAHandlerExceptionToErrorAndLogsItAfterThePost() {
        try (RicOracle oracle = start("ThrowingHandler")) {
            ChildInvocation result = oracle.invoke(request(oracle, "\"world\""), MAX_WAIT);
            // The throw's frame, then the bridge method's, as this JVM prints them.
            List<String> frames = HandlerFrames.thrownBy(new ThrowingHandler(), "world");
            assertThat(frames).hasSize(2);
            String throwLine = frames.get(0).replaceAll(".*:(\\d+)\\)$", "$1");
            String bridgeLine = frames.get(1).replaceAll(".*:(\\d+)\\)$", "$1");

            assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(result.bodyText()).isEqualTo("{\"errorMessage\":\"boom world\",\"errorType\":\"java.lang.IllegalStateException\","
                    + "\"stackTrace\":[\"" + frames.get(0) + "\",\"" + frames.get(1) + "\"]}");
            assertThat(result.functionErrorType()).isEqualTo("Runtime.UserException");
            // Error posts come from HttpURLConnection, not the native client.
            assertThat(result.requestHeaders())
                    .containsEntry("Content-Type", "application/json")
                    .containsEntry("Accept", Runtime.version().feature() >= 25 ? "*/*"
                            // HttpURLConnection's default Accept header: seen on JDK 17, gone by JDK 25.
                            : "text/html, image/gif, image/jpeg, */*; q=0.2")
                    .containsEntry("Lambda-Runtime-Function-XRay-Error-Cause", "{\"working_directory\":\"" + oracle.environment().get("LAMBDA_TASK_ROOT")
                            + "\",\"exceptions\":[{\"message\":\"boom world\",\"type\":\"java.lang.IllegalStateException\",\"stack\":["
                            + "{\"label\":\"handleRequest\",\"path\":\"ThrowingHandler.java\",\"line\":" + throwLine + "},"
                            + "{\"label\":\"handleRequest\",\"path\":\"ThrowingHandler.java\",\"line\":" + bridgeLine + "}]}],\"paths\":[\"ThrowingHandler.java\"]}");
            // Logged only after the post returned, yet attributed to this invocation: its logs close at the following next.
            assertThat(result.records()).singleElement().satisfies(record -> {
                assertThat(record.frameType()).isEqualTo(0xa55a0003);
                assertThat(record.level()).isEqualTo("UNDEFINED");
                assertThat(record.format()).isEqualTo("TEXT");
                assertThat(record.messageText()).isEqualTo("boom world: java.lang.IllegalStateException\n"
                        + "java.lang.IllegalStateException: boom world\n"
                        + "\tat " + frames.get(0) + "\n"
                        + "\tat " + frames.get(1) + "\n\n");
            });
            assertThat(result.records().get(0).timestampMicros()).isCloseTo(System.currentTimeMillis() * 1000, within(60_000_000L));

            ChildInvocation warm = oracle.invoke(request(oracle, "\"again\""), MAX_WAIT);
            assertThat(warm.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(warm.recordTexts()).singleElement().asString().startsWith("boom again: java.lang.IllegalStateException\n");
        }
    }

    @Test
    void reportsAStaticInitialiserFailureAsAnInitErrorThenTheChildIsGone() {
        try (RicOracle oracle = start("BrokenInitHandler")) {
            ChildInvocation result = oracle.invoke(request(oracle, "\"world\""), MAX_WAIT);

            assertThat(result.outcome()).isEqualTo(Outcome.INIT_ERROR);
            assertThat(result.bodyText()).isEqualTo("{\"errorMessage\":\"Error loading class "
                    + "dev.lambdaharness.core.oracle.probe.BrokenInitHandler\",\"errorType\":\"java.lang.ExceptionInInitializerError\"}");
            assertThat(result.functionErrorType()).isEqualTo("Runtime.BadFunctionCode");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stdoutLines()).containsExactly("loading config");
            assertThat(result.recordTexts()).singleElement().asString()
                    .startsWith("Error loading class dev.lambdaharness.core.oracle.probe.BrokenInitHandler: java.lang.ExceptionInInitializerError\n")
                    .contains("Caused by: java.lang.IllegalStateException: no config\n");
            assertThat(oracle.initLogs()).isEmpty();
            assertThat(oracle.isAlive()).isFalse();

            ChildInvocation after = oracle.invoke(request(oracle, "\"again\""), MAX_WAIT);
            assertThat(after.outcome()).isEqualTo(Outcome.EXITED);
            assertThat(after.exitCode()).isEqualTo(1);
            assertThat(after.body()).isEmpty();
            assertThat(oracle.awaitReady(MAX_WAIT)).isFalse();
        }
    }

    @Test
    void reportsSystemExitAsAnExitWithItsCode() {
        try (RicOracle oracle = start("ExitingHandler")) {
            ChildInvocation result = oracle.invoke(request(oracle, "\"world\""), MAX_WAIT);

            assertThat(result.outcome()).isEqualTo(Outcome.EXITED);
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.body()).isEmpty();
            assertThat(result.functionErrorType()).isNull();
            assertThat(result.requestHeaders()).isEmpty();
            assertThat(result.stdoutLines()).containsExactly("exiting with 3");
            assertThat(oracle.isAlive()).isFalse();
        }
    }

    @Test
    void decodesLambdaLoggerFramesInTextFormatAndKeepsInitOutputApart() {
        try (RicOracle oracle = RicOracle.start(OracleSpec.of(PROBE + "LoggingHandler", taskRoot).withLogFormat("TEXT"))) {
            ChildInvocation result = oracle.invoke(request(oracle, "\"world\""), MAX_WAIT);

            assertThat(result.bodyText()).isEqualTo("\"logged\"");
            assertThat(result.records()).extracting(TelemetryRecord::frameType)
                    .containsExactly(0xa55a0003, 0xa55a000b, 0xa55a000f, 0xa55a0017, 0xa55a0003);
            assertThat(result.records()).extracting(TelemetryRecord::level).containsExactly("UNDEFINED", "DEBUG", "INFO", "ERROR", "UNDEFINED");
            assertThat(result.recordTexts())
                    .containsExactly("plain world", "[DEBUG] debug message", "[INFO] info message", "[ERROR] error message", "multi\nline");
            assertThat(result.stdoutLines()).containsExactly("stdout line");
            assertThat(result.stderrLines()).containsExactly("stderr line");
            assertThat(oracle.initLogs()).contains(new ChildLogs(List.of(), List.of("init stdout"), List.of()));
        }
    }

    @Test
    void filtersByLevelInsideTheRuntimeAndWritesJsonRecords() {
        try (RicOracle oracle = RicOracle.start(OracleSpec.of(PROBE + "LoggingHandler", taskRoot).withLogFormat("JSON").withLogLevel("WARN"))) {
            ChildRequest request = request(oracle, "\"world\"");
            ChildInvocation result = oracle.invoke(request, MAX_WAIT);

            assertThat(result.records()).extracting(TelemetryRecord::frameType).containsExactly(0xa55a0002, 0xa55a0016, 0xa55a0002);
            assertThat(result.records()).extracting(TelemetryRecord::format).containsOnly("JSON");
            String id = request.requestId();
            assertThat(result.recordTexts()).extracting(text -> text.replaceFirst("\"timestamp\":\"[0-9T:.\\-]+Z\"", "\"timestamp\":\"T\""))
                    .containsExactly(
                            "{\"timestamp\":\"T\",\"message\":\"plain world\",\"level\":\"UNDEFINED\",\"AWSRequestId\":\"" + id + "\"}\n",
                            "{\"timestamp\":\"T\",\"message\":\"error message\",\"level\":\"ERROR\",\"AWSRequestId\":\"" + id + "\"}\n",
                            "{\"timestamp\":\"T\",\"message\":\"multi\\nline\",\"level\":\"UNDEFINED\",\"AWSRequestId\":\"" + id + "\"}\n");
            assertThat(result.stdoutLines()).containsExactly("stdout line");
        }
    }

    @Test
    void bindsAPojoMethodAndItsContext() {
        try (RicOracle oracle = RicOracle.start(OracleSpec.of(PROBE + "GreetingService::greet", taskRoot).withMemoryMb(1024))) {
            ChildRequest request = request(oracle, "{\"name\":\"Ann\",\"age\":\"7\",\"unknown\":true}");
            ChildInvocation result = oracle.invoke(request, MAX_WAIT);

            assertThat(result.outcome()).isEqualTo(Outcome.RESPONSE);
            // Lenient input ("7" binds to an int, unknown fields ignored), null fields left out of the output.
            assertThat(result.bodyText()).isEqualTo("{\"message\":\"Hi Ann (7)\",\"requestId\":\"" + request.requestId()
                    + "\",\"functionName\":\"lambda-harness-oracle\",\"memoryLimitInMb\":1024}");
        }
    }

    @Test
    void deserialisesATypedSqsEventWithTheEventsJarFromTheTaskRootsLib() {
        try (RicOracle oracle = start("SqsBatchHandler")) {
            ChildInvocation result = oracle.invoke(request(oracle, sqsEvent()), MAX_WAIT);

            assertThat(result.outcome()).isEqualTo(Outcome.RESPONSE);
            assertThat(result.bodyText()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"}]}");
            assertThat(result.stdoutLines()).containsExactly("m1 from arn:aws:sqs:us-east-1:123456789012:q: ok",
                    "m2 from arn:aws:sqs:us-east-1:123456789012:q: fail");
        }
    }

    @Test
    void loadsLayerJarsAsTheFunctionsLibraries(@TempDir Path other) {
        Path withoutLibs = TaskRoots.materialise(other.resolve("task"), List.of(OracleFixtures.testClasses()));
        OracleSpec spec = OracleSpec.of(PROBE + "SqsBatchHandler", withoutLibs)
                .withLayerJars(List.of(OracleFixtures.eventsJar(), OracleFixtures.jodaTimeJar()));
        try (RicOracle oracle = RicOracle.start(spec)) {
            ChildInvocation result = oracle.invoke(request(oracle, sqsEvent()), MAX_WAIT);

            assertThat(result.bodyText()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"}]}");
        }
    }

    @Test
    void startsTheChildAsTheManagedRuntimeDoes() throws Exception {
        OracleSpec spec = OracleSpec.of(PROBE + "EnvironmentProbe", taskRoot).withMemoryMb(1024)
                .withEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "orders", "AWS_REGION", "eu-west-1", "MY_SETTING", "on"));
        try (RicOracle oracle = RicOracle.start(spec)) {
            ChildRequest traced = request(oracle, "\"x\"").withTraceId("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
            JsonNode facts = JSON.readTree(oracle.invoke(traced, MAX_WAIT).body());
            JsonNode untraced = JSON.readTree(oracle.invoke(request(oracle, "\"y\""), MAX_WAIT).body());

            String root = taskRoot.toRealPath().toString();
            JsonNode env = facts.get("env");
            List<String> expectedNames = new ArrayList<>(List.of("AWS_ACCESS_KEY_ID", "AWS_DEFAULT_REGION", "AWS_EXECUTION_ENV",
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION",
                    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_LAMBDA_RUNTIME_API",
                    "AWS_REGION", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "LAMBDA_TASK_ROOT", "LANG", "MY_SETTING", "PATH",
                    "PWD", "TZ", "_HANDLER", "_LAMBDA_TELEMETRY_LOG_FD"));
            if (!SystemLocale.hasEnUsUtf8()) {
                expectedNames.add("LC_ALL");
            }
            List<String> names = new ArrayList<>();
            env.fieldNames().forEachRemaining(names::add);
            assertThat(new TreeSet<>(names)).containsExactlyElementsOf(new TreeSet<>(expectedNames));
            assertThat(env.get("_HANDLER").asText()).isEqualTo(PROBE + "EnvironmentProbe");
            assertThat(env.get("AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_java" + Runtime.version().feature());
            assertThat(env.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("orders");
            assertThat(env.get("AWS_LAMBDA_FUNCTION_VERSION").asText()).isEqualTo("$LATEST");
            assertThat(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("1024");
            assertThat(env.get("AWS_LAMBDA_INITIALIZATION_TYPE").asText()).isEqualTo("on-demand");
            assertThat(env.get("AWS_LAMBDA_LOG_GROUP_NAME").asText()).isEqualTo("/aws/lambda/orders");
            assertThat(env.get("AWS_LAMBDA_LOG_STREAM_NAME").asText()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
            assertThat(env.get("AWS_LAMBDA_RUNTIME_API").asText()).isEqualTo(oracle.runtimeApiAddress()).startsWith("127.0.0.1:");
            assertThat(env.get("AWS_REGION").asText()).isEqualTo("eu-west-1");
            assertThat(env.get("AWS_DEFAULT_REGION").asText()).isEqualTo("eu-west-1");
            assertThat(env.get("LAMBDA_TASK_ROOT").asText()).isEqualTo(root);
            assertThat(env.get("LANG").asText()).isEqualTo("en_US.UTF-8");
            assertThat(env.get("TZ").asText()).isEqualTo(":UTC");
            assertThat(env.get("_LAMBDA_TELEMETRY_LOG_FD").asText()).isEqualTo("3");
            assertThat(env.get("MY_SETTING").asText()).isEqualTo("on");

            List<String> jvmArguments = new ArrayList<>();
            facts.get("jvmArguments").forEach(argument -> jvmArguments.add(argument.asText()));
            if (Runtime.version().feature() >= 22) {
                assertThat(jvmArguments.remove(0)).isEqualTo("--enable-native-access=ALL-UNNAMED");
            }
            assertThat(jvmArguments).containsExactly("-XX:MaxHeapSize=891289k", "-XX:+UseSerialGC", "-XX:+TieredCompilation",
                    "-XX:TieredStopAtLevel=1", "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac", "-Djava.net.preferIPv4Stack=true",
                    "-XX:+ErrorFileToStderr", "-D" + RicRuntimeLibraries.JNI_PROPERTY + "="
                            + RicRuntimeLibraries.nativeClient(System.getProperty("os.arch"), false));
            assertThat(oracle.command()).endsWith(RicRuntimeLibraries.MAIN_CLASS, PROBE + "EnvironmentProbe");
            assertThat(facts.get("user.dir").asText()).isEqualTo(root);
            assertThat(facts.get("defaultCharset").asText()).isEqualTo("UTF-8");
            assertThat(facts.get("timeZone").asText()).isEqualTo("UTC");
            assertThat(facts.get("classLoader").asText()).isEqualTo("com.amazonaws.services.lambda.runtime.api.client.CustomerClassLoader");
            assertThat(facts.get("invokedFunctionArn").asText()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:orders")
                    .isEqualTo(oracle.functionArn());
            assertThat(facts.get("remainingTimeMillis").asInt()).isBetween(1, 30_000);
            assertThat(facts.get("xrayTraceId").asText()).isEqualTo(traced.traceId());
            assertThat(facts.get("traceHeaderProperty").asText()).isEqualTo(traced.traceId());
            // Without a trace header the RIC clears the property again.
            assertThat(untraced.has("xrayTraceId")).isFalse();
            assertThat(untraced.has("traceHeaderProperty")).isFalse();
        }
    }

    @Test
    void passesAResponseAtTheLimitAndRefusesOneByteMoreAsRapidDoes() {
        try (RicOracle oracle = start("BigResponseHandler")) {
            // A JSON string: the characters plus two quotes.
            ChildInvocation atLimit = oracle.invoke(request(oracle, Integer.toString(6_291_556 - 2)), MAX_WAIT);
            ChildInvocation above = oracle.invoke(request(oracle, Integer.toString(6_291_556 - 1)), MAX_WAIT);

            assertThat(atLimit.outcome()).isEqualTo(Outcome.RESPONSE);
            assertThat(atLimit.body()).hasSize(6_291_556);
            assertThat(above.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(above.bodyText()).isEqualTo("{\"errorType\":\"Function.ResponseSizeTooLarge\","
                    + "\"errorMessage\":\"Response payload size (6291557 bytes) exceeded maximum allowed payload size (6291556 bytes).\"}");
            assertThat(above.functionErrorType()).isEqualTo("Function.ResponseSizeTooLarge");
            // The RIC turns the 413 into an error post, which the state machine refuses (403): the runtime dies.
            assertThat(above.exitCode()).isEqualTo(1);
            assertThat(above.stdoutLines()).first().asString().endsWith("LAMBDA_RUNTIME Failed to post handler success response."
                    + " Http response code: 413. {\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\","
                    + "\"errorType\":\"RequestEntityTooLarge\"}");
            assertThat(above.stderrLines()).first().asString().endsWith("/error Response code: '403'.");
        }
    }

    @Test
    void killsTheChildWhenMaxWaitPasses() {
        try (RicOracle oracle = start("SleepingHandler")) {
            assertThat(oracle.awaitReady(MAX_WAIT)).isTrue(); // so the short wait below is the handler's alone
            ChildInvocation result = oracle.invoke(request(oracle, "\"world\""), Duration.ofSeconds(2));

            assertThat(result.outcome()).isEqualTo(Outcome.TIMED_OUT);
            assertThat(result.exitCode()).isEqualTo(128 + 9);
            assertThat(result.stdoutLines()).containsExactly("going to sleep");
            assertThat(oracle.isAlive()).isFalse();
        }
    }

    @Test
    void closeLeavesNoLiveChild() {
        RicOracle warm = start("HelloHandler");
        ProcessHandle warmChild = warm.processHandle();
        assertThat(warm.invoke(request(warm, "\"world\""), MAX_WAIT).outcome()).isEqualTo(Outcome.RESPONSE);
        RicOracle initialising = start("HelloHandler"); // closed before its INIT can end
        ProcessHandle initialisingChild = initialising.processHandle();

        warm.close();
        initialising.close();
        warm.close();

        assertThat(warmChild.isAlive()).isFalse();
        assertThat(initialisingChild.isAlive()).isFalse();
        assertThat(ProcessHandle.current().descendants()).noneMatch(child -> child.pid() == warmChild.pid() || child.pid() == initialisingChild.pid());
        assertThatThrownBy(() -> warm.invoke(request(warm, "\"late\""), MAX_WAIT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static String sqsEvent() {
        return "{\"Records\":[{\"messageId\":\"m1\",\"body\":\"ok\",\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:q\"},"
                + "{\"messageId\":\"m2\",\"body\":\"fail\",\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:q\"}]}";
    }

    @Test
    void startRefusesATaskRootThatIsNotADirectory(@TempDir Path directory) {
        assertThatThrownBy(() -> RicOracle.start(OracleSpec.of("x.Y", directory.resolve("missing"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a directory").hasMessageContaining("TaskRoots.materialise");
    }

    @Test
    void startRefusesAJavaHomeWithoutJava(@TempDir Path directory) {
        assertThatThrownBy(() -> RicOracle.start(OracleSpec.of("x.Y", directory).withJavaHome(directory)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No executable " + directory.resolve("bin/java"));
    }
}
