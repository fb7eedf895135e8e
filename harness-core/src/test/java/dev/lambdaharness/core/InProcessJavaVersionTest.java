package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * In-process functions run on the test JVM: when it is not their runtime's Java, INIT_START says which Java ran,
 * and strict mode refuses them. Only a test JVM newer than Java 17 can show it (run the module's tests on JDK 21
 * or 25, e.g. with -Djvm=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java); on Java 17 the case is the policy's test.
 */
class InProcessJavaVersionTest {

    private static final int OWN = Runtime.version().feature();

    @Test
    void aFunctionOnItsRuntimesJavaHasAPlainRuntimeVersion() {
        JavaRuntime own = JavaRuntime.fromId("java" + OWN);
        try (LambdaRuntime runtime = LambdaRuntime.builder().strictRuntime(true).build()) {
            InvocationResult result = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.JavaVersionEcho")
                    .runtime(own).build(), CorpusCode.code()).invoke("\"x\"");

            assertThat(result.logText()).contains("INIT_START Runtime Version: java:" + OWN + ".vLH1\t");
        }
    }

    @Test
    void aFunctionOnANewerTestJvmSaysWhichJavaRanAndStrictModeRefusesIt() {
        Assumptions.assumeTrue(OWN > 17, "the test JVM is Java 17, the oldest runtime's own Java");
        FunctionConfig java17 = FunctionConfig.builder("dev.lambdaharness.core.corpus.EnvironmentEcho")
                .runtime(JavaRuntime.JAVA17).build();
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            InvocationResult result = runtime.function(java17, CorpusCode.code()).invoke("\"AWS_EXECUTION_ENV\"");

            assertThat(result.logText()).contains("INIT_START Runtime Version: java:17.vLH1-on-java" + OWN + "\t");
            assertThat(result.payloadAsString()).isEqualTo("\"AWS_Lambda_java17\"");
        }
        try (LambdaRuntime strict = LambdaRuntime.builder().strictRuntime(true).build()) {
            assertThatThrownBy(() -> strict.function(java17, CorpusCode.code()))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("Functions declaring runtime java17 run in-process on the test JVM, Java "
                            + OWN + ", not on Java 17 as on Lambda.");
        }
    }

    @Test
    void theSystemPropertyTurnsStrictModeOnForRuntimesBuiltWithoutTheBuildersSetting() {
        Assumptions.assumeTrue(OWN > 17, "the test JVM is Java 17, the oldest runtime's own Java");
        FunctionConfig java17 = FunctionConfig.builder("dev.lambdaharness.core.corpus.JavaVersionEcho")
                .runtime(JavaRuntime.JAVA17).build();
        System.setProperty(LambdaRuntime.STRICT_RUNTIME_PROPERTY, "true");
        try (LambdaRuntime strict = LambdaRuntime.create();
             LambdaRuntime lenient = LambdaRuntime.builder().strictRuntime(false).build()) {
            assertThatThrownBy(() -> strict.function(java17, CorpusCode.code()))
                    .isInstanceOf(InvalidConfigurationException.class);
            assertThat(lenient.function(java17, CorpusCode.code()).invoke("\"x\"").payloadAsString())
                    .isEqualTo(Integer.toString(OWN));
        } finally {
            System.clearProperty(LambdaRuntime.STRICT_RUNTIME_PROPERTY);
        }
    }
}
