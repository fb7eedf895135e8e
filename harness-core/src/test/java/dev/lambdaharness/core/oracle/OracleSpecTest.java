package dev.lambdaharness.core.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleSpecTest {

    private final OracleSpec spec = OracleSpec.of("com.example.Hello::handleRequest", Path.of("task"));

    @Test
    void defaultsToFiveHundredTwelveMegabytesAndThisJdk() {
        assertThat(spec.memoryMb()).isEqualTo(512);
        assertThat(spec.javaHome()).isEqualTo(Path.of(System.getProperty("java.home")));
        assertThat(spec.logFormat()).isNull();
        assertThat(spec.logLevel()).isNull();
    }

    @Test
    void refusesMemoryOutsideLambdasRange() {
        assertThatThrownBy(() -> spec.withMemoryMb(64)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memoryMb must be between 128 and 10240 (Lambda's MemorySize range); got 64.");
    }

    @Test
    void refusesLogSettingsTheRicWouldDieOn() {
        assertThatThrownBy(() -> spec.withLogFormat("XML")).hasMessageContaining("one of [TEXT, JSON]").hasMessageContaining("'XML'");
        assertThatThrownBy(() -> spec.withLogLevel("VERBOSE")).hasMessageContaining("[TRACE, DEBUG, INFO, WARN, ERROR, FATAL]");
        assertThat(spec.withLogLevel("warn").logLevel()).isEqualTo("warn"); // the RIC accepts any case, so does the spec
    }

    @Test
    void refusesVariablesTheOracleSetsItself() {
        assertThatThrownBy(() -> spec.withEnvironment(Map.of("AWS_LAMBDA_LOG_LEVEL", "INFO")))
                .hasMessage("The environment variable AWS_LAMBDA_LOG_LEVEL is set by the oracle; set OracleSpec.logLevel instead of putting"
                        + " it in the environment.");
        assertThatThrownBy(() -> spec.withEnvironment(Map.of("AWS_LAMBDA_RUNTIME_API", "x"))).hasMessageContaining("AWS_LAMBDA_RUNTIME_API");
    }

    @Test
    void refusesABlankHandler() {
        assertThatThrownBy(() -> OracleSpec.of(" ", Path.of("task"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handler string such as com.example.Hello::handleRequest");
    }
}
