package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionConfigTest {

    @Test
    void defaultsAreLambdas() {
        FunctionConfig config = FunctionConfig.builder("com.example.orders.CreateOrder::handleRequest").build();

        assertThat(config.memorySize()).isEqualTo(128);
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.ephemeralStorageSize()).isEqualTo(512);
        assertThat(config.architecture()).isEqualTo(Architecture.X86_64);
        assertThat(config.version()).isEqualTo("$LATEST");
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.functionName()).isEqualTo("CreateOrder");
        assertThat(config.logGroup()).isEqualTo("/aws/lambda/CreateOrder");
        assertThat(config.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:CreateOrder");
        assertThat(config.invokedFunctionArn()).isEqualTo(config.functionArn());
        assertThat(config.runtime().featureVersion()).isLessThanOrEqualTo(Runtime.version().feature());
        assertThat(config.settingsNotEmulated()).isEmpty();
    }

    @Test
    void qualifiedArnsNameTheAliasOrPublishedVersion() {
        FunctionConfig versioned = FunctionConfig.builder("a.B").functionName("orders").version("7").build();
        FunctionConfig aliased = FunctionConfig.builder("a.B").functionName("orders").alias("live", "7").build();

        assertThat(versioned.invokedFunctionArn()).endsWith(":function:orders:7");
        assertThat(aliased.invokedFunctionArn()).endsWith(":function:orders:live");
        assertThat(aliased.version()).isEqualTo("7");
    }

    @Test
    void memoryBelowLambdasMinimumIsRefusedWithLambdasValidationMessage() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").memorySize(64).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("memorySize 64 is out of range: Lambda accepts 128 to 10240 MB (ValidationException:"
                        + " 1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 128). Set memorySize between 128 and"
                        + " 10240.")
                .satisfies(e -> {
                    InvalidConfigurationException ice = (InvalidConfigurationException) e;
                    assertThat(ice.setting()).isEqualTo("memorySize");
                    assertThat(ice.value()).isEqualTo("64");
                    assertThat(ice.lambdaErrorCode()).isEqualTo("ValidationException");
                });
    }

    @Test
    void timeoutAboveFifteenMinutesIsRefused() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").timeout(901).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("timeout 901 is out of range: Lambda accepts 1 to 900 seconds")
                .hasMessageContaining("Member must have value less than or equal to 900");
    }

    @Test
    void timeoutMustBeWholeSeconds() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").timeout(Duration.ofMillis(1500)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("timeout PT1.5S is not a whole number of seconds: Lambda configures timeouts in seconds"
                        + " (1 to 900). Round it to whole seconds.");
    }

    @ParameterizedTest
    @ValueSource(ints = {511, 10241})
    void ephemeralStorageOutsideLambdasRangeIsRefused(int size) {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").ephemeralStorageSize(size).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("ephemeralStorage.size " + size + " is out of range: Lambda accepts 512 to 10240 MB");
    }

    @Test
    void limitsThemselvesAreAccepted() {
        FunctionConfig config = FunctionConfig.builder("a.B").memorySize(10240).timeout(900)
                .ephemeralStorageSize(10240).build();

        assertThat(config.memorySize()).isEqualTo(10240);
        assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void reservedEnvironmentVariablesAreRefused() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").environment("AWS_REGION", "eu-west-1").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("environment variable AWS_REGION is reserved")
                .hasMessageContaining("Reserved keys used in this request: AWS_REGION")
                .extracting(e -> ((InvalidConfigurationException) e).lambdaErrorCode())
                .isEqualTo("InvalidParameterValueException");
    }

    @Test
    void environmentOverFourKilobytesIsRefused() {
        String big = "x".repeat(4090);

        assertThatThrownBy(() -> FunctionConfig.builder("a.B").environment("BIG", big).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("environment variables take 4100 bytes")
                .hasMessageContaining("exceeded the 4KB limit");
    }

    @Test
    void environmentJustUnderFourKilobytesIsAccepted() {
        // {"BIG":"…"} is 10 bytes of JSON around the value.
        String value = "x".repeat(4096 - 10);

        assertThat(FunctionConfig.builder("a.B").environment("BIG", value).build().environment())
                .containsEntry("BIG", value);
    }

    @Test
    void nullTimeoutIsNamed() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").timeout(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("timeout is null. Give a whole number of seconds from 1 to 900, for example"
                        + " timeout(Duration.ofSeconds(10)) or timeout(10).");
    }

    @Test
    void nullEnvironmentValueNamesTheVariable() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").environment("TABLE", null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("environment variable TABLE has a null value: Lambda's environment variables are"
                        + " strings. Give a value (\"\" for an empty one) or leave the variable out.")
                .extracting(e -> ((InvalidConfigurationException) e).setting())
                .isEqualTo("environment");
    }

    @Test
    void nullEnvironmentNameIsNamed() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").environment(null, "v"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("environment variable name is null. Give a name that starts with a letter");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").environment((java.util.Map<String, String>) null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("environment is null. Give a map of variables, Map.of() for none.");
    }

    @Test
    void nullSettingsAreNamed() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").architecture(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("architecture is null. Give a value, or leave architecture out for Lambda's default.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1A", "A", "WITH-DASH", "_X"})
    void environmentNamesFollowLambdasRule(String key) {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").environment(key, "v").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("environment variable name '" + key + "' is not valid");
    }

    @Test
    void logLevelsNeedJsonFormat() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").applicationLogLevel(LogLevel.WARN).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("applicationLogLevel WARN needs LogFormat JSON: Lambda applies log levels only to JSON"
                        + " logs (InvalidParameterValueException). Set logFormat(LogFormat.JSON) or remove the level.");
    }

    @Test
    void systemLogLevelIsDebugInfoOrWarn() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").logFormat(LogFormat.JSON)
                        .systemLogLevel(LogLevel.ERROR).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("loggingConfig.systemLogLevel 'ERROR' is not valid: Lambda accepts one of DEBUG,"
                        + " INFO, WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\there"})
    void handlersWithSpacesOrNothingAreRefused(String handler) {
        assertThatThrownBy(() -> FunctionConfig.builder(handler).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("Use a handler such as com.example.Handler::handleRequest");
    }

    @Test
    void asyncSettingsAreRangeCheckedAndReportedAsNotEmulated() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").maximumRetryAttempts(3).build())
                .hasMessageContaining("maximumRetryAttempts 3 is out of range: Lambda accepts 0 to 2 retries");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").maximumEventAge(59).build())
                .hasMessageContaining("maximumEventAgeInSeconds 59 is out of range: Lambda accepts 60 to 21600");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").onFailureDestination("my-queue").build())
                .hasMessageContaining("is not an ARN");

        FunctionConfig config = FunctionConfig.builder("a.B").maximumRetryAttempts(0)
                .onFailureDestination("arn:aws:sqs:us-east-1:123456789012:failures").build();

        assertThat(config.settingsNotEmulated()).isEmpty();
    }

    @Test
    void functionNameRegionAccountAndVersionAreChecked() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").functionName("has space").build())
                .hasMessageContaining("functionName 'has space' is not valid");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").region("Europe").build())
                .hasMessageContaining("region 'Europe' is not valid");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").accountId("123").build())
                .hasMessageContaining("accountId '123' is not valid: Lambda accepts a 12-digit account id");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").version("latest").build())
                .hasMessageContaining("version 'latest' is not valid");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").alias("123", "1").build())
                .hasMessageContaining("alias '123' is not valid");
    }

    @Test
    void unknownRuntimeIdIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> JavaRuntime.fromId("java11"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("runtime 'java11' is not valid: Lambda accepts one of java17, java21, java25"
                        + " (ValidationException). Use one of those values.");
    }

    @Test
    void allowedHostsAreKeptInOrderAndCopied() {
        FunctionConfig config = FunctionConfig.builder("a.B").allowedHosts("db.internal", "10.0.0.0/8").build();

        assertThat(FunctionConfig.builder("a.B").build().allowedHosts()).isEmpty();
        assertThat(config.allowedHosts()).containsExactly("db.internal", "10.0.0.0/8");
        assertThat(config.toBuilder().build()).isEqualTo(config);
        assertThat(config.toBuilder().allowedHosts("*.example.com").build().allowedHosts())
                .containsExactly("db.internal", "10.0.0.0/8", "*.example.com");
    }

    @Test
    void aMalformedAllowedHostIsRefusedNamingTheForms() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").allowedHosts("http://db.internal").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("allowedHosts entry 'http://db.internal' is no host, domain, address or CIDR block. Name a"
                        + " host (db.internal), a domain (*.example.com), an address (10.0.0.7), a CIDR block (10.0.0.0/8)"
                        + " or *.");
    }

    @Test
    void toBuilderCopiesEverySetting() {
        FunctionConfig original = FunctionConfig.builder("a.B::c").memorySize(1024).timeout(30)
                .environment(Map.of("TABLE", "orders")).region("eu-west-1").logFormat(LogFormat.JSON)
                .applicationLogLevel(LogLevel.DEBUG).tracing(TracingMode.ACTIVE).build();

        assertThat(original.toBuilder().build()).isEqualTo(original);
        assertThat(original.toBuilder().memorySize(2048).build().memorySize()).isEqualTo(2048);
    }

    @Test
    void aValueThatLooksLikeTwoVariablesIsNotTwoVariables() {
        FunctionConfig oneVariable = FunctionConfig.builder("a.B").environment("AB", "1, CD=2").build();
        FunctionConfig twoVariables = FunctionConfig.builder("a.B").environment("AB", "1").environment("CD", "2").build();

        assertThat(oneVariable).isNotEqualTo(twoVariables);
        assertThat(oneVariable.environment()).containsExactly(Map.entry("AB", "1, CD=2"));
    }

    @Test
    void configurationsWithTheSameSettingsAreEqualHoweverTheyWereBuilt() {
        FunctionConfig flat = FunctionConfig.builder("a.B::c").memorySize(512).environment("A1", "x")
                .environment("B1", "y").systemLogLevel(LogLevel.WARN).logFormat(LogFormat.JSON).reservedConcurrency(5)
                .maximumRetryAttempts(1).deadLetterTarget("arn:aws:sqs:us-east-1:123456789012:dead").build();
        FunctionConfig grouped = FunctionConfig.builder("a.B::c").memorySize(512)
                .environment(Map.of("B1", "y")).environment("A1", "x")
                .logging(LoggingConfig.DEFAULT.withLogFormat(LogFormat.JSON).withSystemLogLevel(LogLevel.WARN))
                .concurrency(ConcurrencyConfig.DEFAULT.withReserved(5))
                .asyncInvoke(AsyncInvokeConfig.DEFAULT.withMaximumRetryAttempts(1))
                .deadLetter(DeadLetterConfig.DEFAULT.withTargetArn("arn:aws:sqs:us-east-1:123456789012:dead")).build();

        assertThat(grouped).isEqualTo(flat).hasSameHashCodeAs(flat);
        assertThat(FunctionConfig.builder("a.B").build()).isEqualTo(FunctionConfig.builder("a.B").build());
    }

    @Test
    void aDifferenceInAnyGroupMakesConfigurationsUnequal() {
        FunctionConfig base = FunctionConfig.builder("a.B").logFormat(LogFormat.JSON).build();

        assertThat(base.toBuilder().logGroup("/custom").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().provisionedConcurrency(1).build()).isNotEqualTo(base);
        assertThat(base.toBuilder().maximumEventAge(60).build()).isNotEqualTo(base);
        assertThat(base.toBuilder().deadLetterTarget("arn:aws:sns:us-east-1:123456789012:dead").build())
                .isNotEqualTo(base);
        assertThat(base.toBuilder().environment("KEY", "v").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().alias("live", "1").build()).isNotEqualTo(base);
    }

    @Test
    void anExplicitDefaultIsStillASettingOfItsOwn() {
        FunctionConfig unset = FunctionConfig.builder("a.B").build();
        FunctionConfig explicit = FunctionConfig.builder("a.B").maximumRetryAttempts(2).build();

        assertThat(explicit.maximumRetryAttempts()).isEqualTo(unset.maximumRetryAttempts());
        assertThat(explicit).isNotEqualTo(unset);
        assertThat(explicit.asyncInvoke().maximumRetryAttempts()).hasValue(2);
        assertThat(unset.asyncInvoke().maximumRetryAttempts()).isEmpty();
    }

    @Test
    void toStringNamesEverySettingAndGroup() {
        String text = FunctionConfig.builder("a.B::c").memorySize(512).environment("TABLE", "orders")
                .logFormat(LogFormat.JSON).build().toString();

        assertThat(text).startsWith("FunctionConfig[handler=a.B::c, ")
                .contains("memorySize=512", "environment={TABLE=orders}", "functionName=B",
                        "logging=LoggingConfig[logFormat=JSON", "asyncInvoke=AsyncInvokeConfig[");
    }

    @Test
    void groupsHoldWhatTheFlatSettersSet() {
        FunctionConfig config = FunctionConfig.builder("a.B").logFormat(LogFormat.JSON)
                .applicationLogLevel(LogLevel.DEBUG).logGroup("/custom").reservedConcurrency(3)
                .maximumEventAge(120).onSuccessDestination("arn:aws:sqs:us-east-1:123456789012:ok")
                .deadLetterTarget("arn:aws:sqs:us-east-1:123456789012:dead").build();

        assertThat(config.logging()).isEqualTo(new LoggingConfig(LogFormat.JSON, Optional.of(LogLevel.DEBUG),
                Optional.empty(), Optional.of("/custom")));
        assertThat(config.concurrency()).isEqualTo(new ConcurrencyConfig(OptionalInt.of(3), OptionalInt.empty()));
        assertThat(config.asyncInvoke()).isEqualTo(new AsyncInvokeConfig(OptionalInt.empty(), OptionalInt.of(120),
                Optional.of("arn:aws:sqs:us-east-1:123456789012:ok"), Optional.empty()));
        assertThat(config.deadLetter().targetArn()).contains("arn:aws:sqs:us-east-1:123456789012:dead");
        assertThat(config.maximumEventAge()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.logGroup()).isEqualTo("/custom");
    }
}
