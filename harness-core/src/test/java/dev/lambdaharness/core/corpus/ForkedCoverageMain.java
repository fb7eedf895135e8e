package dev.lambdaharness.core.corpus;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;

/**
 * Invokes two corpus handlers in forked environments, for a JaCoCo run: {@link Hello} in a runtime
 * that is closed, {@link EnvironmentEcho} in one left open, so that only the JVM's exit stops its child.
 */
public final class ForkedCoverageMain {

    private ForkedCoverageMain() {
    }

    public static void main(String[] args) {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            System.out.println("hello: " + runtime.function(FunctionConfig.builder(Hello.class.getName()).build(),
                    CorpusCode.code(), Isolation.FORKED).invoke("\"cov\"").payloadAsString());
        }
        LambdaRuntime leftOpen = LambdaRuntime.create();
        LambdaFunction echo = leftOpen.function(FunctionConfig.builder(EnvironmentEcho.class.getName())
                .environment("COLOUR", "teal").build(), CorpusCode.code(), Isolation.FORKED);
        System.out.println("echo: " + echo.invoke("\"COLOUR\"").payloadAsString());
    }
}
