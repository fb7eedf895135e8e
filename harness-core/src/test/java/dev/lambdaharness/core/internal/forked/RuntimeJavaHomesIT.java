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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Forked environments of a runtime run on a JDK of its version: the one configured for it, else one found where JDKs
 * usually are; without one, on the test JVM's or a newer JDK, saying so, or not at all in strict mode.
 */
class RuntimeJavaHomesIT {

    private static final String HANDLER = "dev.lambdaharness.core.corpus.JavaVersionEcho";

    @AfterEach
    void clear() {
        Arrays.stream(JavaRuntime.values()).forEach(runtime -> System.clearProperty(RuntimeJavaHomes.property(runtime)));
        System.clearProperty(InstalledJdks.LOCATIONS_PROPERTY);
    }

    @Test
    void runsARuntimeOnAJdkOfItsVersionFoundWhereJdksUsuallyAre() {
        JavaRuntime runtime = newerRuntime(true);
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(runtime).build();
        try (LambdaRuntime lambda = LambdaRuntime.create()) {
            InvocationResult result = lambda.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"");

            assertThat(result.payloadAsString()).isEqualTo(Integer.toString(runtime.featureVersion()));
            assertThat(result.logText()).contains("INIT_START Runtime Version: java:" + runtime.featureVersion() + ".vLH1")
                    .doesNotContain("-on-java");
        }
    }

    @Test
    void runsARuntimeOnTheJdkConfiguredForItWhenNoneIsFound() {
        JavaRuntime runtime = newerRuntime(true);
        System.setProperty(InstalledJdks.LOCATIONS_PROPERTY, "");
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(runtime).build();
        try (LambdaRuntime lambda = LambdaRuntime.create()) {
            assertThatThrownBy(() -> lambda.function(config, CorpusCode.code(), Isolation.FORKED))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("Set -D" + RuntimeJavaHomes.property(runtime));

            System.setProperty(RuntimeJavaHomes.property(runtime),
                    InstalledJdks.usualFolders().of(runtime.featureVersion()).orElseThrow().home().toString());
            InvocationResult result = lambda.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"");

            assertThat(result.payloadAsString()).isEqualTo(Integer.toString(runtime.featureVersion()));
            // In-process isolation still cannot run it: the function would share the test JVM.
            assertThatThrownBy(() -> lambda.function(config, CorpusCode.code(), Isolation.IN_PROCESS))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("in-process isolation runs the function on the test JVM");
        }
    }

    @Test
    void runsOnANewerJdkWhenNoneOfItsVersionIsFoundAndSaysSoOnce() {
        JavaRuntime runtime = newerRuntime(false);
        int ranOn = InstalledJdks.usual().nearestNewerThan(runtime.featureVersion()).orElseThrow().featureVersion();
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(runtime).build();
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().startsWith("Functions declaring runtime " + runtime.id())) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.lambdaharness");
        logger.addHandler(handler);
        try (LambdaRuntime lambda = LambdaRuntime.create(); LambdaRuntime another = LambdaRuntime.create()) {
            InvocationResult result = lambda.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"");
            another.function(config, CorpusCode.code(), Isolation.FORKED);

            assertThat(result.payloadAsString()).isEqualTo(Integer.toString(ranOn));
            assertThat(result.logText()).contains("INIT_START Runtime Version: java:" + runtime.featureVersion()
                    + ".vLH1-on-java" + ranOn);
            assertThat(warnings).singleElement().asString().contains("run forked on Java " + ranOn, "Set -D"
                    + RuntimeJavaHomes.property(runtime));
        } finally {
            logger.removeHandler(handler);
        }
        try (LambdaRuntime strict = LambdaRuntime.builder().strictRuntime(true).build()) {
            assertThatThrownBy(() -> strict.function(config, CorpusCode.code(), Isolation.FORKED))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("no JDK " + runtime.featureVersion() + " was found")
                    .hasMessageEndingWith("; or turn strict runtime checking off (lambdaharness.runtime.strict=false)"
                            + " to run it on Java " + ranOn + ".");
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
    void runsOnAJdkOfItsRuntimesVersionWhenNoneIsConfigured() {
        // The test JVM itself on JDK 17; on a newer test JVM, a JDK 17 found in the usual folders.
        Assumptions.assumeTrue(Runtime.version().feature() == 17 || InstalledJdks.usualFolders().of(17).isPresent(),
                "no JDK 17 here to run a java17 function on");
        FunctionConfig config = FunctionConfig.builder(HANDLER).runtime(JavaRuntime.JAVA17).build();
        try (LambdaRuntime lambda = LambdaRuntime.create()) {
            assertThat(lambda.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"").payloadAsString())
                    .isEqualTo("17");
        }
    }

    /**
     * A runtime newer than the test JVM with a JDK of its version in the usual folders ({@code found}), or with none
     * there but a newer one; the test is skipped on machines that have no such JDKs, or that name one in a variable.
     */
    private static JavaRuntime newerRuntime(boolean found) {
        int own = Runtime.version().feature();
        InstalledJdks jdks = InstalledJdks.usualFolders();
        Optional<JavaRuntime> runtime = Arrays.stream(JavaRuntime.values()).filter(r -> r.featureVersion() > own)
                .filter(r -> RuntimeJavaHomes.configured(r).isEmpty() && RuntimeJavaHomes.conventionalVariables(r).stream()
                        .allMatch(variable -> System.getenv(variable) == null))
                .filter(r -> found ? jdks.of(r.featureVersion()).isPresent()
                        : jdks.of(r.featureVersion()).isEmpty() && jdks.nearestNewerThan(r.featureVersion()).isPresent())
                .findFirst();
        Assumptions.assumeTrue(runtime.isPresent(), "no runtime newer than Java " + own + (found ? " has" : " lacks")
                + " a JDK in " + jdks.locations());
        return runtime.get();
    }
}
