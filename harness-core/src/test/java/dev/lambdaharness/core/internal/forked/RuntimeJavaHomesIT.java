package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.child.JavaHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Forked environments of a runtime run on the JDK configured for it; without one, on the test JVM's, if it is new enough. */
class RuntimeJavaHomesIT {

    private static final String HANDLER = "dev.lambdaharness.core.corpus.JavaVersionEcho";

    @AfterEach
    void clear() {
        Arrays.stream(JavaRuntime.values()).forEach(runtime -> System.clearProperty(RuntimeJavaHomes.property(runtime)));
    }

    @Test
    void runsARuntimeOnTheJdkConfiguredForIt() {
        int own = Runtime.version().feature();
        Optional<JavaRuntime> other = Arrays.stream(JavaRuntime.values()).filter(r -> r.featureVersion() > own)
                .filter(r -> installedJdk(r.featureVersion()).isPresent()).findFirst();
        Assumptions.assumeTrue(other.isPresent(), "no JDK newer than the test JVM's is installed under /usr/lib/jvm");
        JavaRuntime runtime = other.get();
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(runtime).build();
        try (LambdaRuntime lambda = LambdaRuntime.create()) {
            assertThatThrownBy(() -> lambda.function(config, CorpusCode.code(), Isolation.FORKED))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("Set -D" + RuntimeJavaHomes.property(runtime));

            System.setProperty(RuntimeJavaHomes.property(runtime), installedJdk(runtime.featureVersion()).orElseThrow().toString());
            InvocationResult result = lambda.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"");

            assertThat(result.payloadAsString()).isEqualTo(Integer.toString(runtime.featureVersion()));
            // In-process isolation still cannot run it: the function would share the test JVM.
            assertThatThrownBy(() -> lambda.function(config, CorpusCode.code(), Isolation.IN_PROCESS))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("in-process isolation runs the function on the test JVM");
        }
    }

    @Test
    void refusesAConfiguredJdkOfAnotherVersionWhenTheFunctionIsDeployed() {
        System.setProperty(RuntimeJavaHomes.property(JavaRuntime.JAVA21), System.getProperty("java.home"));
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(JavaRuntime.JAVA21).build();
        Assumptions.assumeTrue(Runtime.version().feature() != 21, "the test JVM is a JDK 21");
        try (LambdaRuntime lambda = LambdaRuntime.create()) {
            assertThatThrownBy(() -> lambda.function(config, CorpusCode.code(), Isolation.FORKED))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("-D" + RuntimeJavaHomes.property(JavaRuntime.JAVA21) + " names "
                            + System.getProperty("java.home") + ", a JDK " + Runtime.version().feature()
                            + ", but runtime java21 is Java 21. Point it at a JDK 21.");
        }
    }

    @Test
    void runsOnTheTestJvmsJdkWhenNoneIsConfigured() {
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(JavaRuntime.JAVA17).build();
        try (LambdaRuntime lambda = LambdaRuntime.create()) {
            assertThat(lambda.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"").payloadAsString())
                    .isEqualTo(Integer.toString(Runtime.version().feature()));
        }
    }

    private static Optional<Path> installedJdk(int feature) {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(home.resolve("release")))
                    .filter(home -> {
                        try {
                            return JavaHome.of(home).featureVersion() == feature;
                        } catch (IllegalArgumentException e) {
                            return false;
                        }
                    })
                    .sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
