package dev.lambdaharness.core.internal.hooks;

import static dev.lambdaharness.core.internal.hooks.EnvironmentHooks.TRACE_HEADER_PROPERTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The hooks called from classes that no {@link BoundClassLoader} defined: they must behave exactly
 * like the members they replace. (Calls from bound classes are tested end to end in
 * {@code dev.lambdaharness.core.internal.rewrite.RewrittenCallSitesTest}.)
 */
class EnvironmentHooksTest {

    private static final Class<?> UNBOUND = EnvironmentHooksTest.class;

    @Test
    void unboundCallersGetTheRealEnvironmentAndStreams() {
        assertThat(EnvironmentHooks.getenv(UNBOUND)).isSameAs(System.getenv());
        String name = System.getenv().keySet().iterator().next();
        assertThat(EnvironmentHooks.getenv(name, UNBOUND)).isEqualTo(System.getenv(name));
        assertThat(EnvironmentHooks.out(UNBOUND)).isSameAs(System.out);
        assertThat(EnvironmentHooks.err(UNBOUND)).isSameAs(System.err);
        // Classes of the boot loader have a null loader.
        assertThat(EnvironmentHooks.out(String.class)).isSameAs(System.out);
        assertThatThrownBy(() -> EnvironmentHooks.getenv(null, UNBOUND)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void unboundCallersGetTheSharedRuntimeLogger() {
        assertThat(EnvironmentHooks.lambdaRuntimeLogger(UNBOUND))
                .isSameAs(com.amazonaws.services.lambda.runtime.LambdaRuntime.getLogger());
    }

    @Test
    void unboundCallersReachTheRealTraceHeaderProperty() {
        String before = System.getProperty(TRACE_HEADER_PROPERTY);
        try {
            assertThat(EnvironmentHooks.setProperty(TRACE_HEADER_PROPERTY, "Root=1-real", UNBOUND)).isEqualTo(before);
            assertThat(System.getProperty(TRACE_HEADER_PROPERTY)).isEqualTo("Root=1-real");
            assertThat(EnvironmentHooks.getProperty(TRACE_HEADER_PROPERTY, UNBOUND)).isEqualTo("Root=1-real");
            assertThat(EnvironmentHooks.clearProperty(TRACE_HEADER_PROPERTY, UNBOUND)).isEqualTo("Root=1-real");
            assertThat(EnvironmentHooks.getProperty(TRACE_HEADER_PROPERTY, "unset", UNBOUND)).isEqualTo("unset");
        } finally {
            if (before == null) {
                System.clearProperty(TRACE_HEADER_PROPERTY);
            } else {
                System.setProperty(TRACE_HEADER_PROPERTY, before);
            }
        }
    }

    @Test
    void invalidPropertyKeysFailAsTheyDoInSystem() {
        assertThatThrownBy(() -> EnvironmentHooks.getProperty(null, UNBOUND))
                .isInstanceOf(NullPointerException.class).hasMessage("key can't be null");
        assertThatThrownBy(() -> EnvironmentHooks.setProperty("", "v", UNBOUND))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key can't be empty");
    }

    @Test
    void anExitIsStacklessAndSaysWhatWasCalled() {
        EnvironmentExit exit = new EnvironmentExit(42, "Runtime.halt");

        assertThat(exit.status()).isEqualTo(42);
        assertThat(exit.how()).isEqualTo("Runtime.halt");
        assertThat(exit).hasMessage("Runtime.halt(42) ends this execution environment");
        assertThat(exit.fillInStackTrace().getStackTrace()).isEmpty();
        assertThat(exit).isInstanceOf(Error.class);
    }
}
