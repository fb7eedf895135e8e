package dev.lambdaharness.core.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A function that invokes another function of the same runtime through the AWS SDK, finding the
 * Invoke API through {@code AWS_ENDPOINT_URL_LAMBDA} as it would find Lambda on AWS, in both isolations.
 */
class InvokeApiNestedIT {

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"IN_PROCESS", "FORKED"})
    void aFunctionInvokesAnotherThroughTheSdk(Isolation isolation) {
        try (LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build()) {
            LambdaFunction hello = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello::handleRequest")
                    .functionName("hello").build(), CorpusCode.code(), isolation);
            hello.publishVersion();
            LambdaFunction caller = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.invokeapi.InvokesAnother")
                    .functionName("caller").environment("TARGET", "hello:1").timeout(30).memorySize(512).build(),
                    InvokeApiCode.code(), isolation);

            InvocationResult result = caller.invoke("\"nested\"");

            assertThat(result.error()).isEmpty();
            assertThat(result.payloadAsString()).isEqualTo("{\"version\":\"1\",\"response\":\"hello nested\"}");
            assertThat(caller.config().environment()).containsEntry(LambdaRuntime.INVOKE_API_ENDPOINT_VARIABLE,
                    runtime.invokeApiEndpoint().toString());
            assertThat(hello.metrics().invocations()).isEqualTo(1);
        }
    }
}
