package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.failure;
import static dev.lambdaharness.core.internal.handler.Environments.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.Throws;
import dev.lambdaharness.core.probe.Failures;
import dev.lambdaharness.core.probe.NullMessage;
import dev.lambdaharness.core.probe.Pojos;
import dev.lambdaharness.testing.HandlerFrames;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an invocation that throws reports: body, function error type, whether the runtime stops,
 * and the log text. Expected values are what the RIC 2.9.0 posted and logged for the same probes
 * (runtime-facts.md §5.1, §13) on this JDK.
 */
class InvocationErrorTest {

    private static final String REFLECTION_CALL = "java.base/java.lang.reflect.Method.invoke(Method.java:";

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @Test
    void requestHandlerExceptionHasUserFramesOnlyEndingWithTheBridgeMethod() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.corpus.Throws"), "\"x\"");
        List<String> frames = HandlerFrames.thrownBy(new Throws(), "x");

        assertThat(frames).hasSize(2);
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"boom \\\"quoted\\\" <b>\",\"errorType\":\"java.lang.IllegalStateException\","
                + "\"stackTrace\":[\"" + frames.get(0) + "\",\"" + frames.get(1) + "\"]}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.UserException");
        assertThat(failure.fatal()).isFalse();
        assertThat(failure.userThrowable()).isInstanceOf(IllegalStateException.class);
        assertThat(failure.logText()).isEqualTo("""
                boom "quoted" <b>: java.lang.IllegalStateException
                java.lang.IllegalStateException: boom "quoted" <b>
                \tat %s
                \tat %s
                Caused by: java.lang.IllegalArgumentException: root cause
                \t... 2 more

                """.formatted(frames.get(0), frames.get(1)));
    }

    @Test
    void theEnvironmentKeepsServingAfterAnException() throws Exception {
        FunctionHandler handler = environments.load("dev.lambdaharness.core.probe.Echo");

        assertThat(failure(handler, "\"throw:once\"").body().errorMessage()).isEqualTo("once");
        assertThat(Environments.invoke(handler, "\"fine\"")).isEqualTo("\"fine\"");
    }

    @Test
    void nullMessageBecomesTheClassName() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.NullMessage"), "\"x\"");
        List<String> frames = HandlerFrames.thrownBy(new NullMessage(), "x");

        assertThat(frames).hasSize(2);
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"java.lang.UnsupportedOperationException\","
                + "\"errorType\":\"java.lang.UnsupportedOperationException\",\"stackTrace\":"
                + "[\"" + frames.get(0) + "\",\"" + frames.get(1) + "\"]}");
        assertThat(failure.logText()).startsWith("java.lang.UnsupportedOperationException: java.lang.UnsupportedOperationException\n"
                + "java.lang.UnsupportedOperationException\n\tat dev.lambdaharness.core.probe.NullMessage");
    }

    @Test
    void checkedExceptionOfAMethodHandlerIsUnwrappedAndKeepsTheReflectionFrames() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.Pojos::checked"), "\"x\"");

        assertThat(failure.body().errorMessage()).isEqualTo("disk on fire");
        assertThat(failure.body().errorType()).isEqualTo("java.io.IOException");
        List<String> frames = failure.body().stackTrace();
        assertThat(frames.get(0)).isEqualTo(HandlerFrames.thrownBy(Pojos.class, () -> new Pojos().checked()).get(0));
        assertThat(frames.get(frames.size() - 1)).startsWith(REFLECTION_CALL);
        // The handler's own frames aside, no frame is the harness's.
        assertThat(frames).filteredOn(frame -> !frame.startsWith(Pojos.class.getName() + "."))
                .allSatisfy(frame -> assertThat(frame).doesNotContain("dev.lambdaharness"));
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.UserException");
    }

    @Test
    void payloadThatDoesNotParse() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.Pojos::greet"), "{bad");

        assertThat(json(failure)).isEqualTo(
                "{\"errorMessage\":\"An error occurred during JSON parsing\",\"errorType\":\"java.lang.RuntimeException\",\"stackTrace\":[]}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.UserException");
        assertThat(failure.logText()).startsWith("""
                An error occurred during JSON parsing: java.lang.RuntimeException
                java.lang.RuntimeException: An error occurred during JSON parsing
                Caused by: java.io.UncheckedIOException: com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.core.io.JsonEOFException: \
                Unexpected end-of-input in field name""");
        assertThat(failure.logText()).doesNotContain("dev.lambdaharness");
    }

    @Test
    void objectWhereAStringIsDeclaredDoesNotParse() throws Exception {
        assertThat(failure(environments.load("dev.lambdaharness.core.corpus.Hello"), "{\"a\":1}").body().errorMessage()).isEqualTo("An error occurred during JSON parsing");
    }

    @Test
    void responseThatCannotBeWritten() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.Failures::unwritable"), "\"x\"");

        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"An error occurred during JSON serialization of response\","
                + "\"errorType\":\"java.lang.RuntimeException\",\"stackTrace\":[]}");
        String getter = HandlerFrames.thrownBy(Failures.Unwritable.class, () -> new Failures.Unwritable().getValue()).get(0);
        assertThat(failure.logText()).contains("Caused by: java.lang.IllegalStateException: no value\n\tat " + getter + "\n");
    }

    @Test
    void virtualMachineErrorAndIoErrorStopTheRuntime() throws Exception {
        InvocationFailure outOfMemory = failure(environments.load("dev.lambdaharness.core.probe.Failures::outOfMemory"), "\"x\"");
        assertThat(outOfMemory.body().errorMessage()).isEqualTo("fake heap exhaustion");
        assertThat(outOfMemory.body().errorType()).isEqualTo("java.lang.OutOfMemoryError");
        assertThat(outOfMemory.runtimeErrorType()).isEqualTo("Runtime.UserException");
        assertThat(outOfMemory.fatal()).isTrue();

        InvocationFailure ioError = failure(environments.load("dev.lambdaharness.core.probe.Failures::ioError"), "\"x\"");
        assertThat(ioError.body().errorMessage()).isEqualTo("java.io.IOException: disk gone");
        assertThat(ioError.fatal()).isTrue();
    }

    @Test
    void linkageErrorFromTheHandlerDoesNotStopTheRuntime() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.Failures::linkage"), "\"x\"");

        assertThat(failure.body().errorType()).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(failure.body().stackTrace().get(0)).isEqualTo(HandlerFrames.thrownBy(Failures.class, () -> new Failures().linkage()).get(0));
        assertThat(failure.fatal()).isFalse();
    }

    @Test
    void methodOfAClassThatIsNotPublicFailsAtInvocationNamingTheRuntimesCaller() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.PackagePrivate::shout"), "\"x\"");

        assertThat(failure.body().errorMessage()).isEqualTo("class com.amazonaws.services.lambda.runtime.api.client."
                + "EventHandlerLoader$PojoMethodRequestHandler cannot access a member of class dev.lambdaharness.core.probe.PackagePrivate with modifiers \"public static\"");
        assertThat(failure.body().errorType()).isEqualTo("java.lang.IllegalAccessException");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.UserException");
        assertThat(failure.body().stackTrace()).first().asString().startsWith("java.base/jdk.internal.reflect.Reflection.newIllegalAccessException(");
        assertThat(failure.body().stackTrace()).last().asString().startsWith(REFLECTION_CALL);
    }
}
