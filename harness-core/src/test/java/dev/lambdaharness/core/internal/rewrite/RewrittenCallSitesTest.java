package dev.lambdaharness.core.internal.rewrite;

import static dev.lambdaharness.core.internal.hooks.EnvironmentHooks.TRACE_HEADER_PROPERTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lambdaharness.core.internal.hooks.EnvironmentExit;
import dev.lambdaharness.core.internal.rewrite.probe.EnvironmentProbe;

/**
 * Two execution environments side by side in this JVM, each with its own rewriting loader and its
 * own copy of {@link EnvironmentProbe}: each must see only its own process state, whatever form
 * the call takes, while the test JVM's own state stays as it was.
 */
class RewrittenCallSitesTest {

    private static final String PROBE = RewritingClassLoader.PROBE_PACKAGE + "EnvironmentProbe";

    private final RecordingBinding a = new RecordingBinding(Map.of("NAME", "a", "ONLY_IN_A", "1"), "Root=1-aaaa");
    private final RecordingBinding b = new RecordingBinding(Map.of("NAME", "b"), null);
    private RewritingClassLoader loaderA;
    private RewritingClassLoader loaderB;
    private Probe probeA;
    private Probe probeB;

    @BeforeEach
    void loadOneProbePerEnvironment() throws Exception {
        loaderA = new RewritingClassLoader(a, CoverageSupport.current());
        loaderB = new RewritingClassLoader(b, CoverageSupport.current());
        probeA = (Probe) loaderA.loadClass(PROBE).getConstructor().newInstance();
        probeB = (Probe) loaderB.loadClass(PROBE).getConstructor().newInstance();
        assertThat(probeA.getClass()).isNotSameAs(probeB.getClass()).isNotSameAs(EnvironmentProbe.class);
        assertThat(loaderA.rewritten).contains(PROBE, RewritingClassLoader.PROBE_PACKAGE + "InterfaceProbe");
    }

    @Test
    void eachEnvironmentSeesItsOwnVariables() {
        assertThat(probeA.getenv()).isEqualTo(Map.of("NAME", "a", "ONLY_IN_A", "1"));
        assertThat(probeB.getenv()).isEqualTo(Map.of("NAME", "b"));
        assertThat(probeA.getenv("NAME")).isEqualTo("a");
        assertThat(probeB.getenv("NAME")).isEqualTo("b");
        assertThat(probeB.getenv("ONLY_IN_A")).isNull();
        String realVariable = someRealVariable();
        assertThat(probeA.getenv(realVariable)).isNull();
    }

    @Test
    void methodReferencesLambdasAndPoolThreadsSeeTheirEnvironmentToo() throws Exception {
        assertThat(probeA.getenvViaMethodReference("NAME")).isEqualTo("a");
        assertThat(probeB.getenvViaMethodReference("NAME")).isEqualTo("b");
        assertThat(probeA.getenvViaSupplierReference()).isEqualTo(a.environment());
        assertThat(probeB.getenvInLambda("NAME")).isEqualTo("b");
        assertThat(probeA.getenvOnPoolThread("NAME")).isEqualTo("a");
        assertThat(probeB.getenvOnPoolThread("NAME")).isEqualTo("b");
        assertThat(probeB.getenvFromInterfaceMethodReference()).isEqualTo(b.environment());
    }

    @Test
    void serializableMethodReferencesAreLeftAloneAndSeeTheRealEnvironment() {
        String realVariable = someRealVariable();
        assertThat(probeA.getenvViaSerializableMethodReference(realVariable)).isEqualTo(System.getenv(realVariable));
    }

    @Test
    void eachEnvironmentWritesToItsOwnStreams() {
        PrintStream testOut = System.out;
        PrintStream testErr = System.err;

        probeA.printOut("out of a");
        probeB.printOut("out of b");
        probeA.printErr("err of a");
        probeB.printOutViaMethodReference("ref of b");

        String nl = System.lineSeparator();
        assertThat(a.outText()).isEqualTo("out of a" + nl);
        assertThat(a.errText()).isEqualTo("err of a" + nl);
        assertThat(b.outText()).isEqualTo("out of b" + nl + "ref of b" + nl);
        assertThat(b.errText()).isEmpty();
        assertThat(probeA.capturedOut()).isSameAs(a.out());
        assertThat(System.out).isSameAs(testOut);
        assertThat(System.err).isSameAs(testErr);
    }

    @Test
    void setOutAndSetErrChangeOnlyTheirEnvironment() {
        PrintStream testOut = System.out;
        PrintStream testErr = System.err;
        ByteArrayOutputStream redirectedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream redirectedErr = new ByteArrayOutputStream();

        probeA.setOut(new PrintStream(redirectedOut, true, StandardCharsets.UTF_8));
        probeA.setErr(new PrintStream(redirectedErr, true, StandardCharsets.UTF_8));
        probeA.printOut("after setOut");
        probeA.printErr("after setErr");
        probeB.printOut("b unchanged");

        assertThat(redirectedOut.toString(StandardCharsets.UTF_8)).isEqualTo("after setOut" + System.lineSeparator());
        assertThat(redirectedErr.toString(StandardCharsets.UTF_8)).isEqualTo("after setErr" + System.lineSeparator());
        assertThat(a.outText()).isEmpty();
        assertThat(b.outText()).isEqualTo("b unchanged" + System.lineSeparator());
        assertThat(System.out).isSameAs(testOut);
        assertThat(System.err).isSameAs(testErr);
    }

    @Test
    void everyFormOfExitEndsOnlyItsEnvironment() {
        assertExit(() -> probeA.systemExit(3), 3, "System.exit");
        assertExit(() -> probeA.runtimeExit(4), 4, "Runtime.exit");
        assertExit(() -> probeA.runtimeHalt(5), 5, "Runtime.halt");
        assertExit(() -> probeA.exitViaMethodReference(6), 6, "System.exit");
        assertExit(() -> probeA.haltViaBoundMethodReference(7), 7, "Runtime.halt");

        assertThat(a.exits).extracting(EnvironmentExit::status).containsExactly(3, 4, 5, 6, 7);
        assertThat(b.exits).isEmpty();
        // Still here: the JVM did not exit, and the other environment still works.
        assertThat(probeB.getenv("NAME")).isEqualTo("b");
    }

    private static void assertExit(ThrowingCallable call, int status, String how) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(EnvironmentExit.class);
        EnvironmentExit exit = (EnvironmentExit) thrown;
        assertThat(exit.status()).isEqualTo(status);
        assertThat(exit.how()).isEqualTo(how);
        assertThat(exit.getStackTrace()).isEmpty();
    }

    @Test
    void theTraceHeaderPropertyIsPerEnvironment() {
        String testJvmValue = System.getProperty(TRACE_HEADER_PROPERTY);

        assertThat(probeA.getProperty(TRACE_HEADER_PROPERTY)).isEqualTo("Root=1-aaaa");
        assertThat(probeB.getProperty(TRACE_HEADER_PROPERTY)).isNull();
        assertThat(probeB.getProperty(TRACE_HEADER_PROPERTY, "none")).isEqualTo("none");
        assertThat(probeA.getPropertyViaMethodReference(TRACE_HEADER_PROPERTY)).isEqualTo("Root=1-aaaa");

        assertThat(probeB.setProperty(TRACE_HEADER_PROPERTY, "Root=1-bbbb")).isNull();
        assertThat(b.traceHeader()).isEqualTo("Root=1-bbbb");
        assertThat(probeB.getProperty(TRACE_HEADER_PROPERTY, "none")).isEqualTo("Root=1-bbbb");
        assertThat(probeA.getProperty(TRACE_HEADER_PROPERTY)).isEqualTo("Root=1-aaaa");

        assertThat(probeA.clearProperty(TRACE_HEADER_PROPERTY)).isEqualTo("Root=1-aaaa");
        assertThat(probeA.getProperty(TRACE_HEADER_PROPERTY)).isNull();
        assertThat(probeB.getProperty(TRACE_HEADER_PROPERTY)).isEqualTo("Root=1-bbbb");

        assertThatThrownBy(() -> probeA.setProperty(TRACE_HEADER_PROPERTY, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(System.getProperty(TRACE_HEADER_PROPERTY)).isEqualTo(testJvmValue);
    }

    @Test
    void propertiesTheRuntimeStartsWithArePerEnvironment() {
        String key = "java.net.preferIPv4Stack";
        String testJvmValue = System.getProperty(key);

        assertThat(probeA.getProperty(key)).isEqualTo("true");
        assertThat(probeA.getPropertyViaMethodReference(key)).isEqualTo("true");
        assertThat(probeB.setProperty(key, "false")).isEqualTo("true");
        assertThat(probeB.getProperty(key, "none")).isEqualTo("false");
        assertThat(probeA.getProperty(key)).isEqualTo("true");
        assertThat(probeA.clearProperty(key)).isEqualTo("true");
        assertThat(probeA.getProperty(key, "none")).isEqualTo("none");
        assertThat(probeB.getProperty(key)).isEqualTo("false");
        assertThatThrownBy(() -> probeA.setProperty(key, null)).isInstanceOf(NullPointerException.class);
        assertThat(System.getProperty(key)).isEqualTo(testJvmValue);
    }

    @Test
    void otherPropertiesAreTheRealOnes() {
        String key = "lambdaharness.rewrite.test." + System.nanoTime();
        try {
            assertThat(probeA.getProperty("java.version")).isEqualTo(System.getProperty("java.version"));
            assertThat(probeA.setProperty(key, "set by a")).isNull();
            assertThat(System.getProperty(key)).isEqualTo("set by a");
            assertThat(probeB.getProperty(key, "default")).isEqualTo("set by a");
            assertThat(probeB.clearProperty(key)).isEqualTo("set by a");
            assertThat(System.getProperty(key)).isNull();
            assertThatThrownBy(() -> probeA.getProperty("")).isInstanceOf(IllegalArgumentException.class);
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void lineNumbersInStackTracesAreThoseOfTheOriginalClass() {
        StackTraceElement rewritten = frameOf(catchThrowable(() -> probeA.throwAfterHookedCalls("NAME")),
                "throwAfterHookedCalls");
        StackTraceElement original = frameOf(catchThrowable(() -> new EnvironmentProbe().throwAfterHookedCalls("NAME")),
                "throwAfterHookedCalls");
        assertThat(rewritten.getLineNumber()).isPositive().isEqualTo(original.getLineNumber());
        assertThat(rewritten.getFileName()).isEqualTo("EnvironmentProbe.java");

        // A failure inside a hook is reported at the caller's own line, as it is inside System.
        Throwable fromHook = catchThrowable(() -> probeA.getenvOfNull());
        Throwable fromSystem = catchThrowable(() -> new EnvironmentProbe().getenvOfNull());
        assertThat(fromHook).isInstanceOf(NullPointerException.class);
        assertThat(fromSystem).isInstanceOf(NullPointerException.class);
        assertThat(frameOf(fromHook, "getenvOfNull").getLineNumber()).isPositive()
                .isEqualTo(frameOf(fromSystem, "getenvOfNull").getLineNumber());
    }

    private static StackTraceElement frameOf(Throwable thrown, String method) {
        assertThat(thrown).isNotNull();
        return Arrays.stream(thrown.getStackTrace())
                .filter(frame -> frame.getClassName().equals(PROBE) && frame.getMethodName().equals(method))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no frame of " + method + " in " + Arrays.toString(thrown.getStackTrace())));
    }

    /** A variable of the test JVM's real environment, which no environment here defines. */
    private static String someRealVariable() {
        return System.getenv().keySet().stream()
                .filter(name -> !name.equals("NAME") && !name.equals("ONLY_IN_A"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the test JVM has no environment variable to compare with"));
    }
}
