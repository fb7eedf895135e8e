package dev.lambdaharness.core.fronts;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import org.junit.jupiter.api.AfterEach;

/** A runtime per test, closed after it with the fronts it served, and functions of the test corpus deployed into it. */
abstract class RuntimeWithFronts {

    final LambdaRuntime runtime = LambdaRuntime.builder().build();

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    LambdaFunction deploy(String name, FunctionConfig.Builder config) {
        return runtime.function(config.functionName(name).build(), CorpusCode.code());
    }

    static FunctionConfig.Builder handler(Class<?> type) {
        return FunctionConfig.builder(type.getName());
    }
}
