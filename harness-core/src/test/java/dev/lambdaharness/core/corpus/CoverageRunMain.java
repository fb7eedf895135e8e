package dev.lambdaharness.core.corpus;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaRuntime;

/**
 * Invokes two corpus handlers in-process, one whose call sites are rewritten ({@link EnvironmentEcho})
 * and one untouched ({@link Hello}), for a JaCoCo run in a child JVM.
 */
public final class CoverageRunMain {

    private CoverageRunMain() {
    }

    public static void main(String[] args) {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            System.out.println("echo: " + runtime.function(FunctionConfig.builder(EnvironmentEcho.class.getName())
                    .environment("COLOUR", "teal").build(), CorpusCode.code()).invoke("\"COLOUR\"").payloadAsString());
            System.out.println("hello: " + runtime.function(FunctionConfig.builder(Hello.class.getName()).build(),
                    CorpusCode.code()).invoke("\"cov\"").payloadAsString());
        }
    }
}
