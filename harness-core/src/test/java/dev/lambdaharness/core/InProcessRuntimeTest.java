package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.corpus.PrintsJsonRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InProcessRuntimeTest {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction deploy(String handler) {
        return deploy(FunctionConfig.builder(handler));
    }

    private LambdaFunction deploy(FunctionConfig.Builder config) {
        return runtime.function(config.build(), CorpusCode.code());
    }

    @Test
    void stringHandlerAnswersAsTheRuntimeDoes() {
        InvocationResult result = deploy("dev.lambdaharness.core.corpus.Hello").invoke("\"world\"");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.payloadAsString()).isEqualTo("\"hello world\"");
    }

    @Test
    void firstInvocationIsColdAndTheNextWarmOnTheSameEnvironment() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.ColdStartCounter");

        InvocationResult first = function.invoke("{}");
        InvocationResult second = function.invoke("{}");

        assertThat(first.payloadAsString()).isEqualTo("1");
        assertThat(first.report().coldStart()).isTrue();
        assertThat(first.report().initDurationMs()).isPresent();
        assertThat(second.payloadAsString()).isEqualTo("2");
        assertThat(second.report().coldStart()).isFalse();
        assertThat(second.report().initDurationMs()).isEmpty();
        assertThat(function.environments()).hasSize(1);
        assertThat(first.logs()).extracting(LogEvent::message).contains("static initialiser ran");
        assertThat(second.logs()).extracting(LogEvent::message).doesNotContain("static initialiser ran");
    }

    @Test
    void eachFunctionHasItsOwnStaticsEvenForTheSameClass() {
        LambdaFunction one = deploy("dev.lambdaharness.core.corpus.ColdStartCounter");
        LambdaFunction two = deploy("dev.lambdaharness.core.corpus.ColdStartCounter");

        one.invoke("{}");
        one.invoke("{}");

        assertThat(two.invoke("{}").payloadAsString()).isEqualTo("1");
    }

    @Test
    void platformLinesFrameTheFunctionsOutputInLambdasFormat() {
        InvocationResult result = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.Prints")
                .memorySize(512)).invoke("\"x\"");

        List<String> lines = result.logs().stream().map(LogEvent::message).collect(Collectors.toList());
        String id = result.requestId();
        assertThat(lines.get(0)).startsWith("INIT_START Runtime Version: java:");
        assertThat(lines.subList(1, lines.size() - 2)).containsExactly(
                "START RequestId: " + id + " Version: $LATEST",
                "out line 1",
                "out partial line 2",
                "err line",
                "logger record\nspanning two lines",
                "[INFO] an info record",
                "[DEBUG] a debug record",
                "[ERROR] an error record");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("END RequestId: " + id);
        assertThat(lines.get(lines.size() - 1)).matches("REPORT RequestId: " + id
                + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\tMemory Size: 512 MB"
                + "\tInit Duration: \\d+\\.\\d\\d ms\t");
    }

    @Test
    void billedDurationIncludesInitOnAColdStart() {
        InvocationReport report = deploy("dev.lambdaharness.core.corpus.Hello").invoke("\"a\"").report();

        assertThat(report.billedDurationMs()).isEqualTo((long) Math.ceil(report.durationMs())
                + (long) Math.ceil(report.initDurationMs().orElseThrow()));
        assertThat(report.maxMemoryUsedMb()).isEmpty();
    }

    @Test
    void jsonLogFormatFiltersByLevelAndWritesStructuredRecords() {
        InvocationResult result = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.Prints")
                .logFormat(LogFormat.JSON).applicationLogLevel(LogLevel.INFO)).invoke("\"x\"");

        List<String> lines = result.logs().stream().map(LogEvent::message).collect(Collectors.toList());
        assertThat(lines).anyMatch(l -> l.matches("\\{\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\","
                + "\"message\":\"an info record\",\"level\":\"INFO\",\"AWSRequestId\":\"" + result.requestId() + "\"}"));
        assertThat(lines).noneMatch(l -> l.contains("a debug record"));
        assertThat(lines).anyMatch(l -> l.startsWith("{\"time\":\"") && l.contains("\"type\":\"platform.start\""));
        assertThat(lines).anyMatch(l -> l.contains("\"type\":\"platform.report\"") && l.contains("\"initDurationMs\":"));
    }

    @Test
    void jsonRecordsPrintedBelowTheApplicationLogLevelAreDroppedAsLambdasLogLevelFilteringDoes() {
        InvocationResult result = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.PrintsJsonRecords")
                .logFormat(LogFormat.JSON).applicationLogLevel(LogLevel.WARN)).invoke("\"x\"");

        assertThat(result.logs()).filteredOn(e -> e.source() == LogEvent.Source.FUNCTION).extracting(LogEvent::message)
                .containsExactlyElementsOf(PrintsJsonRecords.KEPT_AT_WARN);
    }

    @Test
    void jsonRecordsPrintedUnderTheTextFormatAllPass() {
        InvocationResult result = deploy("dev.lambdaharness.core.corpus.PrintsJsonRecords").invoke("\"x\"");

        assertThat(result.logs()).filteredOn(e -> e.source() == LogEvent.Source.FUNCTION).hasSize(8);
    }

    @Test
    void aWriteBeyondTheEphemeralStorageFailsWithNoSpaceLeftAndDeletingFreesTheSpace() throws Exception {
        // Half a gigabyte goes to the real disk in-process: a timeout with room for a slow one.
        LambdaFunction function = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.FillsTmp")
                .ephemeralStorageSize(512).timeout(java.time.Duration.ofSeconds(60)));
        Path big = Path.of(System.getProperty("java.io.tmpdir"), "lambda-harness-fill-" + UUID.randomUUID());
        Path small = Path.of(System.getProperty("java.io.tmpdir"), "lambda-harness-fill-" + UUID.randomUUID());
        try {
            assertThat(function.invoke("\"fill files " + big + " 600\"").payloadAsString())
                    .isEqualTo("\"wrote 512 MiB, then java.io.IOException: No space left on device\"");
            assertThat(function.invoke("\"fill stream " + small + " 1\"").payloadAsString())
                    .isEqualTo("\"wrote 0 MiB, then java.io.IOException: No space left on device\"");

            assertThat(function.invoke("\"delete " + big + "\"").payloadAsString()).isEqualTo("\"deleted\"");
            assertThat(function.invoke("\"fill stream " + small + " 1\"").payloadAsString()).isEqualTo("\"wrote 1 MiB\"");
        } finally {
            Files.deleteIfExists(big);
            Files.deleteIfExists(small);
        }
    }

    @Test
    void uncaughtExceptionIsReturnedAsTheRuntimesErrorDocument() {
        InvocationResult result = deploy("dev.lambdaharness.core.corpus.Throws").invoke("\"x\"");

        FunctionError error = result.error().orElseThrow();
        assertThat(error.errorType()).contains("java.lang.IllegalStateException");
        assertThat(error.errorMessage()).isEqualTo("boom \"quoted\" <b>");
        assertThat(error.runtimeErrorType()).isEqualTo("Runtime.UserException");
        assertThat(error.stackTrace()).first().asString()
                .startsWith("dev.lambdaharness.core.corpus.Throws.handleRequest(Throws.java:");
        assertThat(error.bodyAsString()).startsWith("{\"errorMessage\":\"boom \\\"quoted\\\" <b>\","
                + "\"errorType\":\"java.lang.IllegalStateException\",\"stackTrace\":[\"dev.lambdaharness.core.corpus.Throws");
        assertThat(result.logText()).contains("boom \"quoted\" <b>: java.lang.IllegalStateException\n"
                + "java.lang.IllegalStateException: boom \"quoted\" <b>");
        assertThat(result.report().status()).isEqualTo(InvocationStatus.SUCCESS);
    }

    @Test
    void timeoutReturnsSandboxTimedoutAndTheNextInvocationIsCold() {
        LambdaFunction function = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(1));

        InvocationResult timedOut = function.invoke("5000");
        InvocationResult next = function.invoke("1");

        FunctionError error = timedOut.error().orElseThrow();
        assertThat(error.bodyAsString()).isEqualTo("{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"RequestId: "
                + timedOut.requestId() + " Error: Task timed out after 1.00 seconds\"}");
        assertThat(timedOut.report().status()).isEqualTo(InvocationStatus.TIMEOUT);
        assertThat(timedOut.report().durationMs()).isEqualTo(1000.0);
        assertThat(timedOut.logs().get(timedOut.logs().size() - 1).message()).endsWith("\tStatus: timeout\t");
        assertThat(next.report().coldStart()).isTrue();
        assertThat(function.environments()).hasSize(2);
        assertThat(function.environments().get(0).discarded()).isTrue();
    }

    @Test
    void handlerThatIgnoresInterruptsDoesNotHangTheCaller() {
        LambdaFunction function = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.IgnoresInterrupts")
                .timeout(1));

        InvocationResult result = function.invoke("3000");

        assertThat(result.error()).hasValueSatisfying(e -> assertThat(e.runtimeErrorType()).isEqualTo("Sandbox.Timedout"));
        assertThat(function.invoke("1").succeeded()).isTrue();
    }

    @Test
    void remainingTimeCountsDownFromTheTimeout() {
        InvocationResult result = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(5))
                .invoke("50");

        int left = Integer.parseInt(result.payloadAsString().replaceAll("\\D", ""));
        assertThat(left).isBetween(1, 4950);
    }

    @Test
    void staticInitialiserFailureIsAnInitErrorAndTheEnvironmentIsDiscarded() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.StaticInitFails");

        InvocationResult result = function.invoke("\"x\"");

        FunctionError error = result.error().orElseThrow();
        assertThat(error.errorType()).contains("java.lang.ExceptionInInitializerError");
        assertThat(error.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(result.logText()).contains("INIT_REPORT Init Duration: ")
                .contains("\tPhase: init\tStatus: error\tError Type: Runtime.BadFunctionCode");
        assertThat(function.environments().get(0).discarded()).isTrue();
    }

    @Test
    void missingClassFailsEachInvocationWithTheRuntimesMessage() {
        LambdaFunction function = deploy("com.example.DoesNotExist::handle");

        InvocationResult first = function.invoke("{}");
        InvocationResult second = function.invoke("{}");

        assertThat(first.error().orElseThrow().bodyAsString())
                .isEqualTo("{\"errorMessage\":\"Class not found: com.example.DoesNotExist\","
                        + "\"errorType\":\"java.lang.ClassNotFoundException\"}");
        assertThat(second.error()).isPresent();
        assertThat(second.report().coldStart()).isFalse();
    }

    @Test
    void contextCarriesTheFunctionsIdentityAndTheCallersContext() {
        LambdaFunction function = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.ContextEcho::handle")
                .functionName("orders").memorySize(1024).alias("live", "3"));

        InvocationResult result = function.invoke(InvocationRequest.of("{}")
                .withClientContext("{\"client\":{\"app_title\":\"shop\"},\"custom\":{\"tenant\":\"a\"},\"env\":{}}")
                .withCognitoIdentity("{\"cognitoIdentityId\":\"id-1\",\"cognitoIdentityPoolId\":\"pool\"}"));

        assertThat(result.payloadAsJson().toString()).isEqualTo("{\"functionName\":\"orders\",\"functionVersion\":\"3\","
                + "\"invokedFunctionArn\":\"arn:aws:lambda:us-east-1:123456789012:function:orders:live\","
                + "\"memoryLimitInMB\":1024,\"logGroupName\":\"/aws/lambda/orders\",\"remainingPositive\":true,"
                + "\"identityId\":\"id-1\",\"clientCustom\":{\"tenant\":\"a\"},\"clientApp\":\"shop\"}");
    }

    @Test
    void payloadThatIsNotJsonIsRejectedBeforeTheFunctionRuns() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Hello");

        assertThatThrownBy(() -> function.invoke("hello"))
                .isInstanceOf(InvocationRejectedException.class)
                .hasMessageStartingWith("The payload is not JSON: Lambda refuses it (InvalidRequestContentException:")
                .hasMessageEndingWith("It starts with: hello. Send a JSON document; a plain string must be quoted,"
                        + " for example \"\\\"hello\\\"\".");
        assertThat(function.environments()).isEmpty();
    }

    @Test
    void payloadNestedDeeperThanLambdaParsesIsRejectedInTheHarnesssWords() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Hello");
        int limit = LambdaFunction.MAX_PAYLOAD_NESTING_DEPTH;

        assertThatThrownBy(() -> function.invoke("[".repeat(limit + 1) + "]".repeat(limit + 1)))
                .isInstanceOf(InvocationRejectedException.class)
                .hasMessage("The payload nests objects and arrays more than 1000 levels deep: Lambda refuses it"
                        + " (InvalidRequestContentException: Could not parse request body into json). Nest at most"
                        + " 1000 levels, for example by sending the deep part as a JSON string.")
                .extracting(e -> ((InvocationRejectedException) e).lambdaErrorCode())
                .isEqualTo("InvalidRequestContentException");
        assertThat(function.environments()).isEmpty();
        // At the limit the payload reaches the function (whose String input then refuses an array).
        function.invoke("[".repeat(limit) + "]".repeat(limit));
        assertThat(function.environments()).hasSize(1);
    }

    @Test
    void lambdaRuntimeGetLoggerIsTheContextsLoggerAsInTheRuntime() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.LogsAtLevels");

        assertThat(function.invoke("\"x\"").payloadAsString()).isEqualTo("\"one logger: true\"");
        assertThat(function.invoke("\"y\"").payloadAsString()).isEqualTo("\"one logger: true\"");
    }

    @Test
    void theSystemPropertiesTheRuntimeStartsWithAreTheFunctions() {
        String seen = deploy("dev.lambdaharness.core.corpus.RuntimeProperties").invoke("\"x\"").payloadAsString();

        assertThat(seen).contains("\"java.net.preferIPv4Stack\":\"true\"",
                "\"org.crac.Core.Compat\":\"com.amazonaws.services.lambda.crac\"", "\"AWS_LAMBDA_RUNTIME_API\":\"set\"");
        assertThat(System.getProperty("org.crac.Core.Compat")).isNull();
    }

    @Test
    void payloadOverSixMegabytesIsRejected() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Hello");
        byte[] big = new byte[LambdaFunction.MAX_REQUEST_BYTES + 1];

        assertThatThrownBy(() -> function.invoke(big))
                .isInstanceOf(InvocationRejectedException.class)
                .hasMessageStartingWith("The payload is 6291457 bytes: Lambda refuses it (RequestTooLargeException:"
                        + " Request must be smaller than 6291456 bytes for the InvokeFunction operation).")
                .extracting(e -> ((InvocationRejectedException) e).lambdaErrorCode())
                .isEqualTo("RequestTooLargeException");
    }

    @Test
    void handlerCannotSeeTestOnlyClassesOutsideItsCode() {
        LambdaFunction function = runtime.function(
                FunctionConfig.builder("dev.lambdaharness.core.corpus.SqsBatch").build(),
                FunctionCode.fromPaths(CorpusCode.testClasses()));

        InvocationResult result = function.invoke("{\"Records\":[]}");

        // aws-lambda-java-events is on the test class path but not in this function's code: the runtime
        // cannot resolve the handler's type arguments while loading it, and dies.
        assertThat(result.error().orElseThrow().runtimeErrorType()).isEqualTo("Runtime.ExitError");
        assertThat(result.logText()).contains("Exception in thread \"main\" java.lang.TypeNotPresentException: Type"
                + " com.amazonaws.services.lambda.runtime.events.SQSEvent not present");
    }

    @Test
    void streamHandlerGetsTheRawBytes() {
        InvocationResult result = deploy("dev.lambdaharness.core.corpus.Upper").invoke("{\"a\":\"b\"}");

        assertThat(result.payloadAsString()).isEqualTo("{\"A\":\"B\"}");
    }

    @Test
    void closingTheRuntimeClosesEveryEnvironment() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Hello");
        function.invoke("\"a\"");

        runtime.close();

        assertThat(function.environments()).allMatch(ExecutionEnvironment::discarded);
        assertThatThrownBy(() -> function.invoke("\"a\"")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }

    @Test
    void runtimeNewerThanTheTestJvmIsRefusedInProcess() {
        JavaRuntime newest = JavaRuntime.values()[JavaRuntime.values().length - 1];
        org.junit.jupiter.api.Assumptions.assumeTrue(newest.featureVersion() > Runtime.version().feature());

        assertThatThrownBy(() -> deploy(FunctionConfig.builder("a.B").runtime(newest)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("runtime " + newest.id() + " needs Java " + newest.featureVersion());
    }

    @Test
    void settingsThatWouldChangeResultsAreRefused() {
        assertThatThrownBy(() -> deploy(FunctionConfig.builder("a.B").snapStart(true)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Lambda Harness cannot emulate yet: snapStart: snapshots, restore hooks and Restore"
                        + " Duration are not emulated yet. Remove these settings for the test.");
    }

    @Test
    void environmentVariablesAreTheEnvironmentsOwnSideBySide() {
        LambdaFunction blue = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.EnvironmentEcho")
                .functionName("blue").environment("COLOUR", "blue"));
        LambdaFunction green = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.EnvironmentEcho")
                .functionName("green").environment("COLOUR", "green"));

        assertThat(blue.invoke("\"COLOUR\"").payloadAsString()).isEqualTo("\"blue\"");
        assertThat(green.invoke("\"COLOUR\"").payloadAsString()).isEqualTo("\"green\"");
        assertThat(green.invoke("\"AWS_LAMBDA_FUNCTION_NAME\"").payloadAsString()).isEqualTo("\"green\"");
        assertThat(green.invoke("\"AWS_ACCESS_KEY_ID\"").payloadAsString()).isEqualTo("\"ASIALAMBDAHARNESS000\"");
        assertThat(System.getenv("COLOUR")).isNull();
    }

    @Test
    void exitEndsOnlyItsEnvironmentWithRuntimeExitError() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Exits");

        InvocationResult exited = function.invoke("3");
        InvocationResult next = function.invoke("0");

        assertThat(exited.error().orElseThrow().bodyAsString()).isEqualTo("{\"errorType\":\"Runtime.ExitError\","
                + "\"errorMessage\":\"RequestId: " + exited.requestId()
                + " Error: Runtime exited with error: exit status 3\"}");
        assertThat(exited.report().status()).isEqualTo(InvocationStatus.ERROR);
        assertThat(exited.report().errorType()).contains("Runtime.ExitError");
        assertThat(exited.logs()).extracting(LogEvent::message).containsSubsequence("exiting with 3",
                "RequestId: " + exited.requestId() + " Error: Runtime exited with error: exit status 3",
                "Runtime.ExitError", "END RequestId: " + exited.requestId());
        assertThat(exited.logText()).contains("\tStatus: error\tError Type: Runtime.ExitError\t")
                .doesNotContain("EnvironmentExit");
        assertThat(next.report().coldStart()).isTrue();
        assertThat(next.error().orElseThrow().errorMessage()).endsWith("Runtime exited without providing a reason");
    }

    @Test
    void outputFromAPoolThreadOfTheHandlerIsItsOwn() {
        InvocationResult result = deploy("dev.lambdaharness.core.corpus.PrintsFromPool").invoke("\"x\"");

        assertThat(result.logs()).extracting(LogEvent::message).contains("from the pool: x");
    }

    @Test
    void traceHeaderIsTheSystemPropertyOfTheEnvironmentOnly() {
        String header = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";

        InvocationResult result = deploy("dev.lambdaharness.core.corpus.TraceHeaderEcho")
                .invoke(InvocationRequest.of("\"x\"").withTraceHeader(header));

        assertThat(result.payloadAsString()).isEqualTo("\"" + header + " | " + header + "\"");
        assertThat(System.getProperty("com.amazonaws.xray.traceHeader")).isNull();
    }

    @Test
    void generatedTraceHeaderHasLambdasShape() {
        InvocationResult result = deploy("dev.lambdaharness.core.corpus.TraceHeaderEcho").invoke("\"x\"");

        assertThat(result.payloadAsString())
                .matches("\"Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0 \\| .*\"");
    }

    @Test
    void typedEventIsSentAsTheRuntimeWouldSerialiseIt() {
        com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage message =
                new com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage();
        message.setMessageId("m-1");
        message.setBody("please fail");
        message.setEventSourceArn("arn:aws:sqs:us-east-1:123456789012:orders");
        com.amazonaws.services.lambda.runtime.events.SQSEvent event = new com.amazonaws.services.lambda.runtime.events.SQSEvent();
        event.setRecords(List.of(message));

        InvocationResult result = deploy("dev.lambdaharness.core.corpus.SqsBatch").invoke(event);

        assertThat(result.payloadAsString()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"}]}");
        assertThat(result.payloadAs(com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.class)
                .getBatchItemFailures()).singleElement().extracting(f -> f.getItemIdentifier()).isEqualTo("m-1");
        // The eventSourceARN mixin of the runtime's serialiser, not Jackson's default eventSourceArn.
        assertThat(result.logText()).contains("message m-1 from arn:aws:sqs:us-east-1:123456789012:orders");
    }

    @Test
    void deadlinesAndLogStreamsReadTheRuntimesClock() {
        RuntimeClock frozen = new RuntimeClock() {
            @Override
            public long currentTimeMillis() {
                return 1_700_000_000_000L; // 2023-11-14T22:13:20Z
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }
        };
        try (LambdaRuntime clocked = LambdaRuntime.builder().clock(frozen).build()) {
            LambdaFunction function = clocked.function(
                    FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(5).build(), CorpusCode.code());

            InvocationResult result = function.invoke("20");

            assertThat(result.payloadAsString()).isEqualTo("\"slept, 5000 ms left\"");
            assertThat(function.environments().get(0).logStreamName()).startsWith("2023/11/14/[$LATEST]");
            assertThat(result.logs()).allSatisfy(e -> assertThat(e.timestamp().toEpochMilli()).isEqualTo(1_700_000_000_000L));
        }
    }

    @Test
    void initOverTenSecondsGoesOnInsideTheInvocationAndCountsAgainstItsTimeout() {
        InvocationResult result = deploy(FunctionConfig.builder("dev.lambdaharness.core.corpus.SlowInit").timeout(5))
                .invoke("\"x\"");

        assertThat(result.logText()).contains("INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout");
        assertThat(result.succeeded()).isTrue();
        int left = Integer.parseInt(result.payloadAsString().replaceAll("\\D", ""));
        // The half second of INIT past its limit came out of the function's 5 s.
        assertThat(left).isBetween(1, 4600);
        assertThat(result.report().initDurationMs()).hasValueSatisfying(init -> assertThat(init).isGreaterThan(10_000.0));
    }

    @Test
    void processesTheFunctionStartedEndWithItsEnvironment() throws Exception {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.StartsProcesses");
        String pids = function.invoke("\"x\"").payloadAsString();
        List<ProcessHandle> started = java.util.Arrays.stream(pids.replace("\"", "").split(","))
                .map(pid -> ProcessHandle.of(Long.parseLong(pid)).orElseThrow()).toList();
        assertThat(started).hasSize(2).allMatch(ProcessHandle::isAlive);

        runtime.close();

        for (ProcessHandle process : started) {
            try {
                process.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                throw new AssertionError("process " + process.pid() + " outlived its environment");
            }
        }
    }
}
