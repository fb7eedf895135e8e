package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.failure;
import static dev.lambdaharness.core.internal.handler.Environments.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.ConstructorFails;
import dev.lambdaharness.testing.HandlerFrames;
import dev.lambdaharness.testing.ProbeFunctionLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Handlers that cannot be loaded. The RIC reports most of these on every invocation (function
 * error type {@code Runtime.BadFunctionCode}, no stack trace), a few at INIT. Bodies and log
 * texts are those the RIC 2.9.0 posted and logged for the same probes (runtime-facts.md §4.1-4.3,
 * §5.1-5.2).
 */
class LoaderFaultTest {

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "dev.lambdaharness.core.corpus.Hello::", ""})
    void invalidHandlerStringFailsEveryInvocationWithoutErrorType(String handler) throws Exception {
        FunctionHandler loaded = environments.load(handler);

        InvocationFailure failure = failure(loaded, "\"x\"");
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Invalid handler: `" + handler + "'\"}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(failure.logText()).isEqualTo("Invalid handler: `" + handler + "'\n");
        assertThat(failure.fatal()).isFalse();
        assertThat(json(failure(loaded, "\"again\""))).isEqualTo(json(failure));
    }

    @Test
    void handlerIsSplitAtTheLastDoubleColon() throws Exception {
        assertThat(json(failure(environments.load("a::b::c"), "\"x\"")))
                .isEqualTo("{\"errorMessage\":\"Class not found: a::b\",\"errorType\":\"java.lang.ClassNotFoundException\"}");
    }

    @Test
    void missingClassFailsEveryInvocation() throws Exception {
        FunctionHandler loaded = environments.load("dev.lambdaharness.core.probe.Missing");

        InvocationFailure failure = failure(loaded, "\"x\"");
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Class not found: dev.lambdaharness.core.probe.Missing\",\"errorType\":\"java.lang.ClassNotFoundException\"}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(failure.logText()).startsWith("Class not found: dev.lambdaharness.core.probe.Missing: java.lang.ClassNotFoundException\n"
                + "java.lang.ClassNotFoundException: dev.lambdaharness.core.probe.Missing\n\tat ").endsWith("\n\n");
        assertThat(failure.fatal()).isFalse();
    }

    @Test
    void classThatCannotBeLinkedIsReportedAtTheFirstInvocationThenTheRuntimeStops() throws Exception {
        FunctionHandler loaded = environments.load("dev.lambdaharness.core.probe.NeedsMissingBase", Set.of("dev.lambdaharness.core.probe.MissingBase"));

        InvocationFailure failure = failure(loaded, "\"x\"");
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Error loading class dev.lambdaharness.core.probe.NeedsMissingBase: dev/lambdaharness/core/probe/MissingBase\","
                + "\"errorType\":\"java.lang.NoClassDefFoundError\"}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(failure.fatal()).isTrue();
        assertThat(failure.logText()).startsWith("Error loading class dev.lambdaharness.core.probe.NeedsMissingBase: dev/lambdaharness/core/probe/MissingBase: java.lang.NoClassDefFoundError\n"
                + "java.lang.NoClassDefFoundError: dev/lambdaharness/core/probe/MissingBase\n\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)\n");
    }

    @Test
    void methodsThatCannotBeListedFailEveryInvocation() throws Exception {
        FunctionHandler loaded = environments.load("dev.lambdaharness.core.probe.MissingInSignature::handle", Set.of("dev.lambdaharness.core.probe.MissingBase"));

        InvocationFailure failure = failure(loaded, "\"x\"");
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Error loading method handle on class dev.lambdaharness.core.probe.MissingInSignature\","
                + "\"errorType\":\"java.lang.NoClassDefFoundError\"}");
        assertThat(failure.fatal()).isFalse();
        assertThat(failure.logText()).startsWith("Error loading method handle on class dev.lambdaharness.core.probe.MissingInSignature: java.lang.NoClassDefFoundError\n"
                + "java.lang.NoClassDefFoundError: dev/lambdaharness/core/probe/MissingBase\n");
    }

    @Test
    void rawRequestHandler() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.corpus.RawHandler"), "\"x\"");

        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Class dev.lambdaharness.core.corpus.RawHandler does not implement RequestHandler with concrete type parameters\"}");
        assertThat(failure.logText()).isEqualTo("Class dev.lambdaharness.core.corpus.RawHandler does not implement RequestHandler with concrete type parameters\n");
    }

    @Test
    void unboundedTypeVariable() throws Exception {
        assertThat(json(failure(environments.load("dev.lambdaharness.core.probe.Unbounded"), "\"x\""))).isEqualTo("{\"errorMessage\":\"Class dev.lambdaharness.core.probe.Unbounded does not "
                + "implement RequestHandler with concrete type parameters: parameter T has no upper bound.\"}");
    }

    @Test
    void subInterfaceWithOneTypeArgument() throws Exception {
        assertThat(json(failure(environments.load("dev.lambdaharness.core.probe.SingleHandler"), "5")))
                .isEqualTo("{\"errorMessage\":\"Invalid class signature for RequestHandler. Expected two generic types, got 1\"}");
    }

    @Test
    void classWithoutHandlerInterface() throws Exception {
        assertThat(json(failure(environments.load("dev.lambdaharness.core.probe.NotAHandler"), "\"x\"")))
                .isEqualTo("{\"errorMessage\":\"Class does not implement an appropriate handler interface: dev.lambdaharness.core.probe.NotAHandler\"}");
    }

    @Test
    void noPublicZeroArgumentConstructor() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.corpus.NoPublicConstructor"), "\"x\"");

        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Class dev.lambdaharness.core.corpus.NoPublicConstructor has no public zero-argument constructor\","
                + "\"errorType\":\"java.lang.Exception\"}");
        assertThat(failure.logText()).startsWith("Class dev.lambdaharness.core.corpus.NoPublicConstructor has no public zero-argument constructor: java.lang.Exception\n"
                + "java.lang.Exception: Class dev.lambdaharness.core.corpus.NoPublicConstructor has no public zero-argument constructor\n"
                + "Caused by: java.lang.NoSuchMethodException: dev.lambdaharness.core.corpus.NoPublicConstructor.<init>()\n"
                + "\tat java.base/java.lang.Class.getConstructor0(");
    }

    @Test
    void nonStaticInnerClass() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.corpus.InnerClassHolder$Inner"), "\"x\"");

        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Class dev.lambdaharness.core.corpus.InnerClassHolder$Inner cannot be instantiated because it is a non-static "
                + "inner class\",\"errorType\":\"java.lang.Exception\"}");
        assertThat(failure.logText()).isEqualTo("Class dev.lambdaharness.core.corpus.InnerClassHolder$Inner cannot be instantiated because it is a non-static inner class: "
                + "java.lang.Exception\njava.lang.Exception: Class dev.lambdaharness.core.corpus.InnerClassHolder$Inner cannot be instantiated because it is a non-static inner class\n\n");
    }

    @Test
    void abstractClass() throws Exception {
        assertThat(json(failure(environments.load("dev.lambdaharness.core.corpus.AbstractHandler"), "\"x\"")))
                .isEqualTo("{\"errorMessage\":\"java.lang.InstantiationException\",\"errorType\":\"java.lang.InstantiationException\"}");
    }

    @Test
    void publicConstructorOfAClassThatIsNotPublicNamesTheRuntimesCaller() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.PackagePrivate"), "\"x\"");

        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"class com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader "
                + "cannot access a member of class dev.lambdaharness.core.probe.PackagePrivate with modifiers \\\"public\\\"\",\"errorType\":\"java.lang.IllegalAccessException\"}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
    }

    @Test
    void constructorThatThrowsIsAnInitError() {
        String constructor = HandlerFrames.thrownBy(ConstructorFails.class, ConstructorFails::new).get(0);

        assertThatThrownBy(() -> environments.load("dev.lambdaharness.core.corpus.ConstructorFails"))
                .isInstanceOfSatisfying(InitFailure.class, failure -> {
                    assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"ctor failed\",\"errorType\":\"java.lang.IllegalStateException\"}");
                    assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
                    assertThat(failure.logText()).startsWith("ctor failed: java.lang.IllegalStateException\n"
                            + "java.lang.IllegalStateException: ctor failed\n\tat " + constructor + "\n");
                    // The constructor's frame aside, no frame is the harness's.
                    assertThat(failure.logText().replace(constructor, "")).doesNotContain("dev.lambdaharness").endsWith("\n\n");
                });
    }

    @Test
    void staticInitialiserThatThrowsIsAnInitError() {
        String initialiser = String.join("\n\tat ", staticInitialiserFrames("dev.lambdaharness.core.corpus.StaticInitFails"));

        assertThatThrownBy(() -> environments.load("dev.lambdaharness.core.corpus.StaticInitFails"))
                .isInstanceOfSatisfying(InitFailure.class, failure -> {
                    assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Error loading class dev.lambdaharness.core.corpus.StaticInitFails\","
                            + "\"errorType\":\"java.lang.ExceptionInInitializerError\"}");
                    assertThat(failure.logText()).startsWith("Error loading class dev.lambdaharness.core.corpus.StaticInitFails: java.lang.ExceptionInInitializerError\n"
                            + "java.lang.ExceptionInInitializerError\n\tat java.base/java.lang.Class.forName0(Native Method)\n");
                    assertThat(failure.logText()).contains("Caused by: java.lang.IllegalStateException: static boom\n"
                            + "\tat " + initialiser + "\n");
                });
    }

    /** The frames a class's static initialiser throws from, initialised in a loader of its own as it can fail only once in each. */
    private static List<String> staticInitialiserFrames(String className) {
        ProbeFunctionLoader loader = ProbeFunctionLoader.create();
        try {
            return HandlerFrames.thrownBy(loader.loadClass(className), () -> Class.forName(className, true, loader));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            loader.release();
        }
    }

    @Test
    void interfaceWithoutMethodsGetsTheRuntimesOddMessage() throws Exception {
        assertThat(json(failure(environments.load("dev.lambdaharness.core.probe.EmptyInterface::foo"), "\"x\"")))
                .isEqualTo("{\"errorMessage\":\"Class com.amazonaws.services.lambda.runtime.api.client.HandlerInfo has no public method named foo\"}");
    }

    @Test
    void noMethodOfThatName() throws Exception {
        assertThat(json(failure(environments.load("dev.lambdaharness.core.probe.Pojos::missing"), "\"x\""))).isEqualTo(
                "{\"errorMessage\":\"No public method named missing with appropriate method signature found on class dev.lambdaharness.core.probe.Pojos\"}");
    }

    @Test
    void unsupportedOverloadsAreIgnoredWithALineEach() throws Exception {
        FunctionHandler loaded = environments.load("dev.lambdaharness.core.probe.BadSignatures::handle");

        assertThat(json(failure(loaded, "\"x\""))).isEqualTo(
                "{\"errorMessage\":\"No public method named handle with appropriate method signature found on class dev.lambdaharness.core.probe.BadSignatures\"}");
        // Longest first; the two-parameter ones tie, in the JVM's getMethods() order.
        assertThat(environments.stderrLines()).startsWith(
                "Ignoring an overload of method handle because it has too many parameters: Expected at most 3, got 4",
                "Ignoring three-argument overload because argument signature is not (InputStream, OutputStream, Context");
        assertThat(environments.stderrLines()).containsExactlyInAnyOrder(
                "Ignoring an overload of method handle because it has too many parameters: Expected at most 3, got 4",
                "Ignoring three-argument overload because argument signature is not (InputStream, OutputStream, Context",
                "Ignoring two-argument overload because first argument type is OutputStream and second argument type is not Context",
                "Ignoring two-argument overload because second parameter type, java.lang.String, is not OutputStream.",
                "Ignoring two-argument overload because second parameter type is not Context",
                "Ignoring two-argument overload because first argument type is Context");
    }

    @Test
    void twoCustomSerializersFailEveryInvocation() throws Exception {
        FunctionHandler loaded = environments.load("dev.lambdaharness.core.corpus.Hello", Set.of(), FunctionRoots.TWO_SERIALIZERS);

        InvocationFailure failure = failure(loaded, "\"x\"");
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"Too many serializers provided inside the META-INF/services folder, only one is "
                + "allowed\",\"errorType\":\"com.amazonaws.services.lambda.runtime.api.client.TooManyServiceProvidersFoundException\"}");
        assertThat(failure.logText()).isEqualTo("Too many serializers provided inside the META-INF/services folder, only one is allowed: "
                + "com.amazonaws.services.lambda.runtime.api.client.TooManyServiceProvidersFoundException\n"
                + "com.amazonaws.services.lambda.runtime.api.client.TooManyServiceProvidersFoundException: "
                + "Too many serializers provided inside the META-INF/services folder, only one is allowed\n\n");
        assertThat(json(failure(loaded, "\"x\""))).isEqualTo(json(failure));
    }

    @Test
    void customSerializerProviderThatCannotBeLoaded() throws Exception {
        FunctionHandler loaded = environments.load("dev.lambdaharness.core.corpus.Hello", Set.of(), FunctionRoots.MISSING_SERIALIZER);

        InvocationFailure failure = failure(loaded, "\"x\"");
        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"com.amazonaws.services.lambda.runtime.CustomPojoSerializer: Provider "
                + "dev.lambdaharness.core.probe.NoSuchSerializer not found\",\"errorType\":\"java.util.ServiceConfigurationError\"}");
        assertThat(failure.runtimeErrorType()).isEqualTo("Runtime.BadFunctionCode");
    }

    @Test
    void aTypeVariableAfterAnInputStreamKillsTheRuntimesLoader() {
        assertThatThrownBy(() -> environments.load("dev.lambdaharness.core.probe.GenericMethod::handle"))
                .isInstanceOfSatisfying(HandlerLoadCrash.class, crash -> {
                    assertThat(crash.exitStatus()).isEqualTo(1);
                    assertThat(crash.stderrText()).startsWith("Exception in thread \"main\" "
                            + "com.amazonaws.services.lambda.runtime.serialization.util.ReflectUtil$ReflectException: type variables not supported\n");
                });
    }
}
