package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Published versions, $LATEST's updates, aliases and weighted routing. */
class VersionsAndAliasesTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:orders";
    private static final Map<String, Object> EVENT = Map.of("sleepMillis", 0);

    private final LambdaRuntime runtime = LambdaRuntime.builder().seed(7).build();
    private final LambdaFunction function = runtime.function(config("hello"), CorpusCode.code());

    @AfterEach
    void close() {
        runtime.close();
    }

    private static FunctionConfig config(String greeting) {
        return FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle").functionName("orders")
                .environment("GREETING", greeting).build();
    }

    @Test
    void aPublishedVersionIsASnapshotThatUpdatesOfLatestDoNotChange() {
        LambdaFunction v1 = function.publishVersion();
        function.updateConfiguration(config("bonjour"));
        LambdaFunction v2 = function.publishVersion();
        function.updateConfiguration(config("hola"));

        assertThat(function.versions()).containsExactly("$LATEST", "1", "2");
        assertThat(v1.qualifier()).hasValue("1");
        assertThat(v1.arn()).isEqualTo(ARN + ":1");
        JsonNode one = v1.invoke(EVENT).payloadAsJson();
        assertThat(one.get("greeting").asText()).isEqualTo("hello");
        assertThat(one.get("version").asText()).isEqualTo("1");
        assertThat(one.get("versionVariable").asText()).isEqualTo("1");
        assertThat(one.get("invokedFunctionArn").asText()).isEqualTo(ARN + ":1");
        assertThat(one.get("logStream").asText()).contains("/[1]");
        assertThat(v2.invoke(EVENT).payloadAsJson().get("greeting").asText()).isEqualTo("bonjour");
        InvocationResult latest = function.invoke(EVENT);
        assertThat(latest.payloadAsJson().get("greeting").asText()).isEqualTo("hola");
        assertThat(latest.executedVersion()).isEqualTo("$LATEST");
        assertThat(latest.payloadAsJson().get("invokedFunctionArn").asText()).isEqualTo(ARN);
        assertThat(v1.invoke(EVENT).executedVersion()).isEqualTo("1");
        assertThat(function.qualified("$LATEST").invoke(EVENT).payloadAsJson().get("invokedFunctionArn").asText())
                .isEqualTo(ARN + ":$LATEST");
    }

    @Test
    void everyVersionHasEnvironmentsOfItsOwnAndAnUpdateRetiresLatestsIdleOnes() {
        LambdaFunction v1 = function.publishVersion();
        function.invoke(EVENT);
        v1.invoke(EVENT);
        v1.invoke(EVENT);

        assertThat(function.environments()).extracting(ExecutionEnvironment::functionVersion).containsExactly("$LATEST", "1");
        assertThat(v1.environments()).singleElement().extracting(ExecutionEnvironment::invocationCount).isEqualTo(2);

        function.updateCode(CorpusCode.code());

        assertThat(function.environments().get(0).discarded()).isTrue();
        assertThat(function.invoke(EVENT).report().coldStart()).isTrue();
        assertThat(v1.invoke(EVENT).report().coldStart()).isFalse();
    }

    @Test
    void anAliasRunsTheVersionItPointsAtAndNamesItselfInTheArn() {
        function.publishVersion();
        function.updateConfiguration(config("bonjour"));
        function.publishVersion();
        LambdaFunction live = function.createAlias("live", "1");

        InvocationResult result = live.invoke(EVENT);

        assertThat(result.executedVersion()).isEqualTo("1");
        assertThat(result.payloadAsJson().get("invokedFunctionArn").asText()).isEqualTo(ARN + ":live");
        assertThat(result.payloadAsJson().get("version").asText()).isEqualTo("1");
        function.updateAlias("live", "2");
        assertThat(live.invoke(EVENT).executedVersion()).isEqualTo("2");
        assertThat(function.aliases()).containsOnlyKeys("live");
        assertThat(function.aliases().get("live").functionVersion()).isEqualTo("2");
        assertThat(function.qualified("live").config().environment()).containsEntry("GREETING", "bonjour");
    }

    @Test
    void aWeightedAliasSendsItsShareToTheSecondVersionAndASeedMakesTheChoiceRepeatable() {
        function.publishVersion();
        function.publishVersion();
        LambdaFunction canary = function.createAlias("canary", "1", "2", 0.25);

        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            versions.add(canary.invoke(EVENT).executedVersion());
        }

        long second = versions.stream().filter("2"::equals).count();
        assertThat(second).isBetween(70L, 130L);
        assertThat(versions).containsOnly("1", "2");
        try (LambdaRuntime again = LambdaRuntime.builder().seed(7).build()) {
            LambdaFunction same = again.function(config("hello"), CorpusCode.code());
            same.publishVersion();
            same.publishVersion();
            LambdaFunction sameCanary = same.createAlias("canary", "1", "2", 0.25);
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                repeated.add(sameCanary.invoke(EVENT).executedVersion());
            }
            assertThat(repeated).isEqualTo(versions);
        }
    }

    @Test
    void aliasRulesAreLambdasWithItsErrors() {
        function.publishVersion();
        function.publishVersion();

        assertThatThrownBy(() -> function.createAlias("a", "1", "2", 1.5))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("ValidationException"))
                .hasMessage("Alias a gives version 2 the weight 1.5, outside 0 to 1 (ValidationException: 1 validation error"
                        + " detected: Value '{2=1.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy"
                        + " constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0,"
                        + " Member must have value greater than or equal to 0.0, Member must not be null]). Give a weight"
                        + " from 0 to 1, for example 0.1 for a tenth of the invocations.");
        assertThatThrownBy(() -> function.createAlias("a", "$LATEST", "1", 0.5))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException"))
                .hasMessage("Alias a splits traffic with $LATEST (InvalidParameterValueException: $LATEST is not supported"
                        + " for an alias pointing to more than 1 version). Publish the versions (publishVersion) and point"
                        + " the alias at their numbers.");
        assertThatThrownBy(() -> function.createAlias("a", "1", "1", 0.5))
                .hasMessage("Alias a names version 1 twice (InvalidParameterValueException: Invalid function version 1."
                        + " Function version 1 is already included in routing configuration.). Name a second, different version.");
        assertThatThrownBy(() -> function.createAlias("a", "3"))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.lambdaErrorCode()).isEqualTo("ResourceNotFoundException"))
                .hasMessage("Function orders has no version 3 (ResourceNotFoundException: Function not found: " + ARN
                        + ":3). Its versions are [$LATEST, 1, 2]; publish one first (publishVersion).");
        assertThatThrownBy(() -> function.createAlias("7", "1"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageStartingWith("alias '7' is not valid");
        function.createAlias("a", "1");
        assertThatThrownBy(() -> function.createAlias("a", "2"))
                .hasMessage("Function orders already has an alias 'a' (ResourceConflictException: Alias already exists: "
                        + ARN + ":a). Change it with updateAlias, or choose another name.");
        assertThatThrownBy(() -> function.updateAlias("b", "2"))
                .hasMessage("Function orders has no alias 'b' (ResourceNotFoundException: Cannot find alias arn: " + ARN
                        + ":b). Create it with createAlias; the aliases are [a].");
    }

    @Test
    void aliasVersionsWithDifferentDeadLetterConfigsCannotShareTraffic() {
        function.publishVersion();
        function.updateConfiguration(config("hello").toBuilder()
                .deadLetter(DeadLetterConfig.DEFAULT.withTargetArn("arn:aws:sqs:us-east-1:123456789012:dlq")).build());
        function.publishVersion();

        assertThatThrownBy(() -> function.createAlias("a", "1", "2", 0.5))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("whose dead-letter configurations differ")
                .hasMessageContaining("(InvalidParameterValueException: " + FunctionDeployment.ALIAS_DEAD_LETTER_MESSAGE + ")");
    }

    @Test
    void aQualifierTheFunctionDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> function.qualified("9"))
                .isInstanceOfSatisfying(InvocationRejectedException.class, e -> {
                    assertThat(e.lambdaErrorCode()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.statusCode()).isEqualTo(404);
                })
                .hasMessage("Function orders has no version or alias '9' (ResourceNotFoundException: Function not found: "
                        + ARN + ":9). It has the versions [$LATEST] and no aliases. Publish a version (publishVersion) or"
                        + " create the alias (createAlias) first.");
    }

    @Test
    void versionsCannotChange() {
        LambdaFunction v1 = function.publishVersion();

        assertThatThrownBy(() -> v1.updateCode(CorpusCode.code()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("updateCode changes $LATEST, but this handle names 1, which cannot change. Call it on the"
                        + " unqualified function (runtime.function(...)), then publishVersion().");
        assertThatThrownBy(() -> function.updateConfiguration(config("x").toBuilder().functionName("other").build()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("The new configuration names function 'other', but this is function 'orders'.");
    }
}
