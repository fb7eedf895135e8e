package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoggingConfigTest {

    @Test
    void defaultIsLambdasTextLogsWithoutLevels() {
        assertThat(FunctionConfig.builder("a.B").build().logging()).isEqualTo(LoggingConfig.DEFAULT);
        assertThat(LoggingConfig.DEFAULT.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(LoggingConfig.DEFAULT.applicationLogLevel()).isEmpty();
        assertThat(LoggingConfig.DEFAULT.systemLogLevel()).isEmpty();
        assertThat(LoggingConfig.DEFAULT.logGroup()).isEmpty();
    }

    @Test
    void aGroupSetWholeReplacesTheFlatSettings() {
        FunctionConfig config = FunctionConfig.builder("a.B").logGroup("/old")
                .logging(LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON).withApplicationLogLevel(LogLevel.ERROR))
                .build();

        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.applicationLogLevel()).contains(LogLevel.ERROR);
        assertThat(config.logGroup()).isEqualTo("/aws/lambda/B");
    }

    @Test
    void aLevelMayBeSetBeforeTheJsonFormatItNeeds() {
        FunctionConfig config = FunctionConfig.builder("a.B").systemLogLevel(LogLevel.DEBUG)
                .logFormat(LogFormat.JSON).build();

        assertThat(config.systemLogLevel()).contains(LogLevel.DEBUG);
    }

    @Test
    void aSystemLevelUnderTextLogsIsRefusedWithLambdasCode() {
        LoggingConfig text = new LoggingConfig(LogFormat.TEXT, Optional.empty(), Optional.of(LogLevel.INFO),
                Optional.empty());

        assertThatThrownBy(() -> FunctionConfig.builder("a.B").logging(text).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("systemLogLevel INFO needs LogFormat JSON: Lambda applies log levels only to JSON logs"
                        + " (InvalidParameterValueException). Set logFormat(LogFormat.JSON) or remove the level.")
                .satisfies(e -> {
                    InvalidConfigurationException ice = (InvalidConfigurationException) e;
                    assertThat(ice.setting()).isEqualTo("loggingConfig.systemLogLevel");
                    assertThat(ice.value()).isEqualTo("INFO");
                    assertThat(ice.lambdaErrorCode()).isEqualTo("InvalidParameterValueException");
                });
    }

    @ParameterizedTest
    @EnumSource(value = LogLevel.class, names = {"DEBUG", "INFO", "WARN"})
    void systemLevelsLambdaOffersAreAccepted(LogLevel level) {
        LoggingConfig json = LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON).withSystemLogLevel(level);

        assertThat(FunctionConfig.builder("a.B").logging(json).build().systemLogLevel()).contains(level);
    }

    @ParameterizedTest
    @EnumSource(value = LogLevel.class, names = {"TRACE", "ERROR", "FATAL"})
    void otherSystemLevelsAreRefused(LogLevel level) {
        LoggingConfig json = LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON).withSystemLogLevel(level);

        assertThatThrownBy(() -> FunctionConfig.builder("a.B").logging(json).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("loggingConfig.systemLogLevel '" + level + "' is not valid: Lambda accepts one of DEBUG,"
                        + " INFO, WARN (ValidationException). Use one of those values.");
    }

    @Test
    void withersChangeOneMemberAndNullClearsIt() {
        LoggingConfig json = LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON).withApplicationLogLevel(LogLevel.WARN)
                .withLogGroup("/custom");

        assertThat(json.withApplicationLogLevel(null))
                .isEqualTo(new LoggingConfig(LogFormat.JSON, Optional.empty(), Optional.empty(), Optional.of("/custom")));
        assertThat(json.withLogGroup(null).logGroup()).isEmpty();
    }

    @Test
    void aMissingMemberIsRefusedByName() {
        assertThatThrownBy(() -> new LoggingConfig(null, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("logFormat");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").logging(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("logging is null. Give a value, or leave logging out for Lambda's default.");
    }
}
