package dev.lambdaharness.junit.internal.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdaharness.junit.assertj.InvocationResultAssert;
import org.junit.jupiter.api.Test;

class SoftProxiesTest {

    @Test
    void the_message_names_the_assert_the_java_the_jar_and_the_version_to_declare() {
        assertThat(SoftProxies.message(InvocationResultAssert.class, "assertj-core-3.20.2.jar", 25))
                .isEqualTo("Soft assertions could not create their InvocationResultAssert on Java 25: the AssertJ on"
                        + " the test class path (assertj-core-3.20.2.jar) cannot define its proxy classes on this Java."
                        + " Declare org.assertj:assertj-core 3.21.0 or later in the project's test dependencies"
                        + " (AssertJ's own soft assertions need the same).");
    }

    @Test
    void assertjs_bare_refusal_becomes_that_message_naming_the_assertj_in_use() {
        IllegalArgumentException refusal = new IllegalArgumentException("Could not create type");

        IllegalStateException e = catchThrowableOfType(() -> SoftProxies.create(InvocationResultAssert.class, () -> {
            throw refusal;
        }), IllegalStateException.class);

        assertThat(e).hasMessageStartingWith("Soft assertions could not create their InvocationResultAssert on Java "
                        + Runtime.version().feature() + ": the AssertJ on the test class path (assertj-core-")
                .hasCause(refusal);
    }

    @Test
    void other_failures_pass_unchanged() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SoftProxies.create(InvocationResultAssert.class, () -> {
                    throw new IllegalArgumentException("something else");
                }))
                .withMessage("something else");
    }

    @Test
    void a_proxy_that_could_be_created_is_returned() {
        assertThat(SoftProxies.create(String.class, () -> "made")).isEqualTo("made");
    }
}
