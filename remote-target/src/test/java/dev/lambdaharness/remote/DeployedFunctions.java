package dev.lambdaharness.remote;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogFormat;
import java.nio.file.Path;

/**
 * "AWS" for the tests: a runtime serving its functions on the Invoke API on loopback, the only Lambda
 * endpoint a test here may reach. Its functions are deployed under names of their own, so that a
 * test's mapping of local names to deployed ones is exercised.
 */
final class DeployedFunctions implements AutoCloseable {

    static final FunctionCode CODE = FunctionCode.fromPaths(Path.of("target/test-classes"));
    static final int MEMORY = 256;

    final LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build();
    final LambdaFunction greets = runtime.function(config("dev.lambdaharness.remote.handlers.Greets", "greets-deployed")
            .build(), CODE);
    final LambdaFunction fails = runtime.function(config("dev.lambdaharness.remote.handlers.Fails", "fails-deployed")
            .build(), CODE);
    final LambdaFunction greetsJson = runtime.function(config("dev.lambdaharness.remote.handlers.Greets", "greets-json")
            .logFormat(LogFormat.JSON).build(), CODE);

    static FunctionConfig.Builder config(String handler, String name) {
        return FunctionConfig.builder(handler).functionName(name).memorySize(MEMORY);
    }

    String endpoint() {
        return runtime.invokeApiEndpoint().toString();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
