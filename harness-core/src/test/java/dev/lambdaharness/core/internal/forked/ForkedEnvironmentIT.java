package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Forked environments run the real RIC 2.9.0 in a child JVM; every expectation is what that RIC did, as the harness reports it. */
class ForkedEnvironmentIT {

    private static final String CORPUS = "dev.lambdaharness.core.corpus.";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final AtomicInteger IDS = new AtomicInteger();

    /** The runtime client the children run; {@link ForkedHarnessClientIT} runs every test again with the harness's. */
    RuntimeClient client() {
        return RuntimeClient.RIC;
    }

    /** The child's main class, as its command line names it. */
    String mainClass() {
        return "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    }

    ForkedEnvironment environment(FunctionConfig config) {
        return new ForkedEnvironment("f" + IDS.incrementAndGet(), config, CorpusCode.code(), RuntimeClock.system(), client());
    }

    LambdaRuntime runtime() {
        return LambdaRuntime.builder().runtimeClient(client()).build();
    }

    private static FunctionConfig.Builder config(String handler) {
        return FunctionConfig.builder(CORPUS + handler);
    }

    private static List<String> platform(InvocationResult result) {
        return result.logs().stream().filter(e -> e.source() == LogEvent.Source.PLATFORM).map(LogEvent::message).toList();
    }

    private static List<String> function(InvocationResult result) {
        return result.logs().stream().filter(e -> e.source() == LogEvent.Source.FUNCTION).map(LogEvent::message).toList();
    }

    @Test
    void startsColdThenServesWarmFromTheSameChildWithLambdasPlatformLines() {
        try (ForkedEnvironment environment = environment(config("Hello::handleRequest").memorySize(256).build())) {
            assertThat(environment.process()).isEmpty(); // nothing runs before the first invocation

            InvocationResult cold = environment.invoke(InvocationRequest.of("\"world\""));
            long pid = environment.process().orElseThrow().pid();
            InvocationResult warm = environment.invoke(InvocationRequest.of("\"again\""));

            assertThat(cold.payloadAsString()).isEqualTo("\"hello world\"");
            assertThat(cold.report().coldStart()).isTrue();
            assertThat(cold.report().initDurationMs()).hasValueSatisfying(ms -> assertThat(ms).isPositive());
            assertThat(cold.report().maxMemoryUsedMb()).isPresent();
            assertThat(cold.report().maxMemoryUsedMb().getAsInt()).isBetween(10, 256);
            List<String> lines = platform(cold);
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).startsWith("INIT_START Runtime Version: java:");
            assertThat(lines.get(1)).isEqualTo("START RequestId: " + cold.requestId() + " Version: $LATEST");
            assertThat(lines.get(2)).isEqualTo("END RequestId: " + cold.requestId());
            assertThat(lines.get(3)).matches("REPORT RequestId: " + cold.requestId() + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms"
                    + "\tMemory Size: 256 MB\tMax Memory Used: \\d+ MB\tInit Duration: \\d+\\.\\d\\d ms\t");
            assertThat(cold.requestId()).matches(UUID);

            assertThat(warm.payloadAsString()).isEqualTo("\"hello again\"");
            assertThat(warm.report().coldStart()).isFalse();
            assertThat(warm.report().initDurationMs()).isEmpty();
            assertThat(platform(warm).get(0)).isEqualTo("START RequestId: " + warm.requestId() + " Version: $LATEST");
            assertThat(platform(warm).get(2)).matches("REPORT RequestId: " + warm.requestId() + "\tDuration: \\d+\\.\\d\\d ms\t"
                    + "Billed Duration: \\d+ ms\tMemory Size: 256 MB\tMax Memory Used: \\d+ MB\t");
            assertThat(warm.report().maxMemoryUsedMb().getAsInt()).isGreaterThanOrEqualTo(cold.report().maxMemoryUsedMb().getAsInt());
            assertThat(environment.process().orElseThrow().pid()).isEqualTo(pid);
            assertThat(environment.invocationCount()).isEqualTo(2);
            assertThat(environment.discarded()).isFalse();
        }
    }

    @Test
    void writesJsonPlatformRecordsWithTheMeasuredMemoryAndTheRicsJsonLogRecords() {
        InvocationResult result = invokeOnceWithJsonLogs("Prints::handleRequest", dev.lambdaharness.core.LogLevel.INFO);

        List<String> lines = platform(result);
        assertThat(lines.get(0)).contains("\"type\":\"platform.initStart\"");
        assertThat(lines.get(1)).contains("\"type\":\"platform.start\"").contains(result.requestId());
        assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"platform.report\"")
                .containsPattern("\"maxMemoryUsedMB\":\\d+,\"initDurationMs\":\\d+\\.\\d{3}");
        // The RIC formats LambdaLogger records as JSON with the request id, and drops those below INFO.
        assertThat(function(result)).anySatisfy(line -> assertThat(line).startsWith("{\"timestamp\":")
                .contains("\"AWSRequestId\":\"" + result.requestId() + "\""));
        assertThat(function(result)).noneSatisfy(line -> assertThat(line).contains("\"level\":\"DEBUG\""));
    }

    @Test
    void jsonRecordsPrintedBelowTheApplicationLogLevelAreDroppedAsInProcess() {
        InvocationResult result = invokeOnceWithJsonLogs("PrintsJsonRecords::handleRequest", dev.lambdaharness.core.LogLevel.WARN);

        assertThat(function(result)).containsExactlyElementsOf(dev.lambdaharness.core.corpus.PrintsJsonRecords.KEPT_AT_WARN);
    }

    /** One invocation of a fresh environment of the handler, logging in JSON at the given application level. */
    private InvocationResult invokeOnceWithJsonLogs(String handler, dev.lambdaharness.core.LogLevel level) {
        FunctionConfig config = config(handler).logFormat(dev.lambdaharness.core.LogFormat.JSON).applicationLogLevel(level).build();
        try (ForkedEnvironment environment = environment(config)) {
            return environment.invoke(InvocationRequest.of("\"x\""));
        }
    }

    @Test
    void returnsTheErrorDocumentTheRicPostedAndStaysWarm() {
        try (ForkedEnvironment environment = environment(config("Throws::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));
            long pid = environment.process().orElseThrow().pid();
            InvocationResult again = environment.invoke(InvocationRequest.of("\"x\""));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.UserException");
            assertThat(error.errorType()).contains("java.lang.IllegalStateException");
            assertThat(error.errorMessage()).isEqualTo("boom \"quoted\" <b>");
            assertThat(error.stackTrace()).first().asString().startsWith("dev.lambdaharness.core.corpus.Throws.handleRequest(Throws.java:");
            assertThat(result.payloadAsString()).startsWith("{\"errorMessage\":\"boom \\\"quoted\\\" <b>\",\"errorType\":\"java.lang.IllegalStateException\","
                    + "\"stackTrace\":[\"dev.lambdaharness.core.corpus.Throws.handleRequest(Throws.java:");
            assertThat(new String(error.body(), StandardCharsets.UTF_8)).isEqualTo(result.payloadAsString());
            // The RIC logs the error itself, as one record after its post.
            assertThat(function(result)).singleElement().asString()
                    .startsWith("boom \"quoted\" <b>: java.lang.IllegalStateException\njava.lang.IllegalStateException: boom")
                    .contains("Caused by: java.lang.IllegalArgumentException: root cause");
            assertThat(result.report().status()).isEqualTo(InvocationStatus.SUCCESS);
            assertThat(again.report().coldStart()).isFalse();
            assertThat(environment.process().orElseThrow().pid()).isEqualTo(pid);
        }
    }

    @Test
    void killsTheChildAtTheTimeoutAndStartsColdAfterwards() {
        try (LambdaRuntime runtime = runtime()) {
            LambdaFunction function = runtime.function(config("Sleeps::handleRequest").timeout(1).build(), CorpusCode.code(),
                    Isolation.FORKED);
            function.invoke("1"); // warm the environment, so the timeout is the invocation's alone
            ForkedEnvironment first = (ForkedEnvironment) function.environments().get(0);
            ProcessHandle child = first.process().orElseThrow();

            InvocationResult result;
            List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.logging.Handler capture = new java.util.logging.Handler() {
                @Override
                public void publish(java.util.logging.LogRecord record) {
                    warnings.add(record.getMessage());
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            java.util.logging.Logger harnessLogger = java.util.logging.Logger.getLogger("dev.lambdaharness");
            harnessLogger.addHandler(capture);
            // The kill must be seen even when no common-pool worker is free (Process.onExit() would need one).
            BusyCommonPool busy = new BusyCommonPool();
            try {
                result = function.invoke("5000");
            } finally {
                busy.close();
                harnessLogger.removeHandler(capture);
            }
            assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                    .matches("Function .*: the invocation timed out on a warm environment; the harness waited \\d+ ms for the"
                            + " child JVM \\(limit 1000 ms\\)\\..*"));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.runtimeErrorType()).isEqualTo("Sandbox.Timedout");
            assertThat(error.errorMessage()).isEqualTo("RequestId: " + result.requestId() + " Error: Task timed out after 1.00 seconds");
            assertThat(result.payloadAsString()).isEqualTo("{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"RequestId: "
                    + result.requestId() + " Error: Task timed out after 1.00 seconds\"}");
            assertThat(result.report().status()).isEqualTo(InvocationStatus.TIMEOUT);
            assertThat(result.report().durationMs()).isEqualTo(1000.0);
            assertThat(platform(result).get(2)).endsWith("\tStatus: timeout\t");
            assertThat(child.isAlive()).isFalse();
            assertThat(first.discarded()).isTrue();

            InvocationResult next = function.invoke("1");
            assertThat(next.report().coldStart()).isTrue();
            assertThat(next.payloadAsString()).startsWith("\"slept, ");
            assertThat(function.environments()).hasSize(2);
        }
    }

    @Test
    void reportsSystemExitAsRuntimeExitErrorAndStartsColdAfterwards() {
        try (LambdaRuntime runtime = runtime()) {
            LambdaFunction function = runtime.function(config("Exits::handleRequest").build(), CorpusCode.code(), Isolation.FORKED);

            InvocationResult result = function.invoke("3");

            FunctionError error = result.error().orElseThrow();
            String message = "RequestId: " + result.requestId() + " Error: Runtime exited with error: exit status 3";
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.ExitError");
            assertThat(error.errorMessage()).isEqualTo(message);
            assertThat(result.payloadAsString()).isEqualTo("{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"" + message + "\"}");
            assertThat(function(result)).containsExactly("exiting with 3");
            List<String> lines = platform(result);
            assertThat(lines.subList(1, 4)).containsExactly("START RequestId: " + result.requestId() + " Version: $LATEST", message,
                    "Runtime.ExitError");
            assertThat(lines.get(5)).contains("\tStatus: error\tError Type: Runtime.ExitError\t");
            assertThat(function.environments().get(0).discarded()).isTrue();

            InvocationResult zero = function.invoke("0");
            assertThat(zero.report().coldStart()).isTrue();
            assertThat(zero.error().orElseThrow().errorMessage())
                    .isEqualTo("RequestId: " + zero.requestId() + " Error: Runtime exited without providing a reason");
        }
    }

    @Test
    void reportsAnInitErrorWithTheBodyTheRicPostedToInitError() {
        try (ForkedEnvironment environment = environment(config("StaticInitFails::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            FunctionError error = result.error().orElseThrow();
            assertThat(result.payloadAsString()).isEqualTo("{\"errorMessage\":\"Error loading class dev.lambdaharness.core.corpus.StaticInitFails\","
                    + "\"errorType\":\"java.lang.ExceptionInInitializerError\"}");
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
            List<String> lines = platform(result);
            assertThat(lines.get(0)).startsWith("INIT_START ");
            assertThat(lines.get(1)).matches("INIT_REPORT Init Duration: \\d+\\.\\d\\d ms\tPhase: init\tStatus: error\tError Type: Runtime.BadFunctionCode");
            assertThat(lines.get(2)).startsWith("START RequestId: " + result.requestId());
            assertThat(lines.get(4)).contains("\tStatus: error\tError Type: Runtime.BadFunctionCode\t");
            // The RIC's own account of the failure, logged before it posted and exited.
            assertThat(function(result)).singleElement().asString()
                    .startsWith("Error loading class dev.lambdaharness.core.corpus.StaticInitFails: java.lang.ExceptionInInitializerError")
                    .contains("Caused by: java.lang.IllegalStateException: static boom");
            assertThat(result.report().coldStart()).isTrue();
            assertThat(environment.discarded()).isTrue();
            assertThat(environment.process()).isEmpty();
        }
    }

    @Test
    void refusesAnOverSizeResponseAsRapidDoesAndDiscardsTheEnvironment() {
        try (ForkedEnvironment environment = environment(config("BigResponse::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("6291600"));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.runtimeErrorType()).isEqualTo("Function.ResponseSizeTooLarge");
            assertThat(error.errorType()).contains("Function.ResponseSizeTooLarge");
            // 6291600 characters and the two quotes of a JSON string.
            assertThat(error.errorMessage()).isEqualTo("Response payload size (6291602 bytes) exceeded maximum allowed payload size (6291556 bytes).");
            assertThat(environment.discarded()).isTrue();
        }
    }

    @Test
    void reportsAnOutOfMemoryErrorAsTheRicPostsItAndDiscardsTheEnvironmentTheRicLeft() {
        // At 512 MB the heap (435 MB) fills before the JVM as a whole reaches the memory size; at 128 MB the
        // JVM outgrows 128 MB first, and the sandbox is killed instead (see the test after the next).
        try (ForkedEnvironment environment = environment(config("ExhaustsHeap::handleRequest").memorySize(512).build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.errorType()).contains("java.lang.OutOfMemoryError");
            assertThat(error.errorMessage()).isEqualTo("Java heap space");
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.UserException");
            // The heap is capped at Lambda's 445645k for 512 MB: the peak is above it, and the child is gone.
            assertThat(result.report().maxMemoryUsedMb().getAsInt()).isBetween(436, 512);
            assertThat(environment.discarded()).isTrue();
            assertThat(environment.process()).isEmpty();
        }
    }

    @Test
    void killsAFunctionThatGoesAboveItsMemorySizeOutsideTheHeapAsTheSandboxIsKilled() {
        try (ForkedEnvironment environment = environment(config("AllocatesNativeMemory::handleRequest").memorySize(128).build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("600"));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.OutOfMemory");
            assertThat(error.errorType()).contains("Runtime.OutOfMemory");
            assertThat(error.errorMessage()).isEqualTo("RequestId: " + result.requestId() + " Error: Runtime exited with error: signal: killed");
            assertThat(result.report().maxMemoryUsedMb()).hasValue(128);
            assertThat(result.report().status()).isEqualTo(InvocationStatus.ERROR);
            assertThat(platform(result)).last().asString().contains("\tMemory Size: 128 MB\tMax Memory Used: 128 MB\t")
                    .endsWith("\tStatus: error\tError Type: Runtime.OutOfMemory\t");
            assertThat(environment.discarded()).isTrue();
            assertThat(environment.process()).isEmpty();
        }
    }

    @Test
    void processesTheHandlerStartedEndWithTheEnvironment() throws Exception {
        List<ProcessHandle> started;
        try (ForkedEnvironment environment = environment(config("StartsProcesses::handleRequest").build())) {
            String pids = environment.invoke(InvocationRequest.of("\"x\"")).payloadAsString().replace("\"", "");
            started = java.util.Arrays.stream(pids.split(",")).map(pid -> ProcessHandle.of(Long.parseLong(pid)).orElseThrow())
                    .toList();
            assertThat(started).hasSize(2).allMatch(ProcessHandle::isAlive);
        }
        for (ProcessHandle process : started) {
            assertThat(process.onExit()).succeedsWithin(java.time.Duration.ofSeconds(5));
        }
    }

    @Test
    void processesTheHandlerStartedEndWhenItsRuntimeExits() throws Exception {
        try (ForkedEnvironment environment = environment(config("StartsProcesses::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"exit\""));

            assertThat(result.error().orElseThrow().runtimeErrorType()).isEqualTo("Runtime.ExitError");
            String pids = function(result).stream().filter(line -> line.startsWith("pids ")).findFirst().orElseThrow().substring(5);
            for (String pid : pids.split(",")) {
                // Reparented once the JVM is gone: only its process group still reaches them.
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(process ->
                        assertThat(process.onExit()).succeedsWithin(java.time.Duration.ofSeconds(5)));
            }
        }
    }

    @Test
    void givesAnErrorPostedWithoutATypeTheTypeRapidGivesIt() {
        try (ForkedEnvironment environment = environment(config("PostsItsOwnError::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.Unknown");
            assertThat(error.errorType()).contains("Handmade");
            assertThat(error.errorMessage()).isEqualTo("posted by hand");
        }
    }

    @Test
    void reportsAJvmCrashAsTheRuntimeExitingOnASignal() {
        try (ForkedEnvironment environment = environment(config("CrashesTheJvm::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            FunctionError error = result.error().orElseThrow();
            assertThat(error.runtimeErrorType()).isEqualTo("Runtime.ExitError");
            assertThat(error.errorMessage()).isEqualTo("RequestId: " + result.requestId() + " Error: Runtime exited with error: signal: aborted");
            // -XX:+ErrorFileToStderr: the JVM's crash report is the function's output, as on Lambda.
            assertThat(function(result)).anySatisfy(line -> assertThat(line).contains("A fatal error has been detected by the Java Runtime Environment"));
            assertThat(result.report().status()).isEqualTo(InvocationStatus.ERROR);
            assertThat(environment.exited()).isTrue();
        }
    }

    @Test
    void reportsAnExitDuringInitAsInitReportThenRuntimeExitError() {
        try (ForkedEnvironment environment = environment(config("ExitsInInit::handleRequest").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            String message = "RequestId: " + result.requestId() + " Error: Runtime exited with error: exit status 2";
            assertThat(result.error().orElseThrow().errorMessage()).isEqualTo(message);
            assertThat(result.error().orElseThrow().runtimeErrorType()).isEqualTo("Runtime.ExitError");
            List<String> lines = platform(result);
            assertThat(lines.get(1)).matches("INIT_REPORT Init Duration: \\d+\\.\\d\\d ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError");
            assertThat(lines.subList(2, 5)).containsExactly("START RequestId: " + result.requestId() + " Version: $LATEST", message,
                    "Runtime.ExitError");
            assertThat(function(result)).containsExactly("giving up during init");
            assertThat(result.report().coldStart()).isTrue();
            assertThat(environment.discarded()).isTrue();
        }
    }

    @Test
    void anUnknownJavaToolOptionStopsTheJvmAsItStopsLambdas() {
        try (ForkedEnvironment environment = environment(config("Hello::handleRequest")
                .environment("JAVA_TOOL_OPTIONS", "x").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            String message = "RequestId: " + result.requestId() + " Error: Runtime exited with error: exit status 1";
            assertThat(result.error().orElseThrow().errorMessage()).isEqualTo(message);
            assertThat(result.error().orElseThrow().runtimeErrorType()).isEqualTo("Runtime.ExitError");
            assertThat(platform(result).get(1)).matches("INIT_REPORT Init Duration: \\d+\\.\\d\\d ms\tPhase: init\tStatus: error"
                    + "\tError Type: Runtime.ExitError");
            assertThat(function(result)).containsExactly("Picked up JAVA_TOOL_OPTIONS: x", "Unrecognized option: x",
                    "Error: Could not create the Java Virtual Machine.",
                    "Error: A fatal exception has occurred. Program will exit.");
            assertThat(environment.discarded()).isTrue();
        }
    }

    @Test
    void closingTheEnvironmentEndsARunningInvocationAtOnce() throws Exception {
        ForkedEnvironment environment = environment(config("IgnoresInterrupts::handleRequest").timeout(60).build());
        try {
            environment.invoke(InvocationRequest.of("0"));
            ProcessHandle child = environment.process().orElseThrow();
            java.util.concurrent.CompletableFuture<InvocationResult> running = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> environment.invoke(InvocationRequest.of("60000")));
            // The child spins once it has the invocation; wait for its CPU time to grow rather than for a while.
            java.time.Duration before = child.info().totalCpuDuration().orElseThrow();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (child.info().totalCpuDuration().orElseThrow().minus(before).toMillis() < 200 && System.nanoTime() < deadline) {
                try {
                    running.get(10, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    // as expected: the handler spins for a minute
                }
            }
            assertThat(running).isNotDone();

            environment.close();

            InvocationResult result = running.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result.error().orElseThrow().errorMessage()).endsWith("Error: Runtime exited with error: signal: killed");
            assertThat(child.isAlive()).isFalse();
        } finally {
            environment.close();
        }
    }

    @Test
    void initOverTenSecondsGoesOnInsideTheInvocationAndCountsAgainstItsTimeout() {
        try (ForkedEnvironment environment = environment(config("SlowInit").timeout(5).build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            assertThat(platform(result).get(1)).isEqualTo("INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout");
            assertThat(result.succeeded()).isTrue();
            int left = Integer.parseInt(result.payloadAsString().replaceAll("\\D", ""));
            // INIT's time past its limit (the JVM's start and the half second) came out of the function's 5 s.
            assertThat(left).isBetween(1, 4600);
            assertThat(result.report().initDurationMs()).hasValueSatisfying(init -> assertThat(init).isGreaterThan(10_500.0));
        }
    }

    @Test
    void passesTheTenantIdToTheRuntime() {
        try (ForkedEnvironment environment = environment(config("TenantEcho::handleRequest").build())) {
            assertThat(environment.invoke(InvocationRequest.of("\"x\"").withTenantId("tenant-7")).payloadAsString())
                    .isEqualTo("\"tenant-7\"");
        }
    }

    @Test
    void givesTheFunctionLambdasEnvironmentVariablesAndItsOwn() {
        FunctionConfig config = config("EnvironmentEcho::handleRequest").functionName("orders").memorySize(1024)
                .environment("TABLE", "orders-table").build();
        try (ForkedEnvironment environment = environment(config)) {
            assertThat(echo(environment, "TABLE")).isEqualTo("\"orders-table\"");
            assertThat(echo(environment, "AWS_LAMBDA_FUNCTION_NAME")).isEqualTo("\"orders\"");
            assertThat(echo(environment, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE")).isEqualTo("\"1024\"");
            assertThat(echo(environment, "AWS_LAMBDA_LOG_STREAM_NAME")).isEqualTo("\"" + environment.logStreamName() + "\"");
            assertThat(echo(environment, "AWS_LAMBDA_RUNTIME_API")).matches("\"127\\.0\\.0\\.1:\\d+\"");
            assertThat(echo(environment, "_HANDLER")).isEqualTo("\"" + CORPUS + "EnvironmentEcho::handleRequest\"");
            assertThat(echo(environment, "AWS_EXECUTION_ENV")).isEqualTo("\"" + config.runtime().executionEnvironment() + "\"");
            assertThat(echo(environment, "HOME")).isEqualTo("null"); // nothing of the test JVM's environment
            String taskRoot = echo(environment, "LAMBDA_TASK_ROOT");
            assertThat(environment.environment().orElseThrow())
                    .containsEntry("LAMBDA_TASK_ROOT", taskRoot.substring(1, taskRoot.length() - 1))
                    .containsEntry("_LAMBDA_TELEMETRY_LOG_FD", "3");
            ProcessHandle.Info info = environment.process().orElseThrow().info();
            assertThat(info.arguments().map(List::of).orElseThrow())
                    .contains("-XX:MaxHeapSize=891289k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                            mainClass())
                    .anySatisfy(argument -> assertThat(argument).startsWith("-Djava.io.tmpdir="));
        }
    }

    private static String echo(ForkedEnvironment environment, String name) {
        return environment.invoke(InvocationRequest.of("\"" + name + "\"")).payloadAsString();
    }
}
