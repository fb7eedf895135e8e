package dev.lambdaharness.core.corpus;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test JVM in miniature for the orphan tests: invokes {@link SpinsForever} in a forked environment
 * (args[0] = its marker file) and never closes its runtime. With args[1] = {@code exit} it exits
 * once the handler spins, so only its shutdown hooks can end the child; otherwise it waits, to be
 * killed with SIGKILL, when no hook runs. With args[2] = {@code private-tmp} the runtime gives the
 * child a private {@code /tmp} (then the marker must lie outside {@code /tmp}).
 */
public final class ForkedParentMain {

    private ForkedParentMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LambdaRuntime runtime = LambdaRuntime.builder().privateTmp(args.length > 2 && args[2].equals("private-tmp")).build();
        LambdaFunction function = runtime.function(
                FunctionConfig.builder(SpinsForever.class.getName() + "::handleRequest").timeout(900).build(),
                CorpusCode.code(), Isolation.FORKED);
        Thread invocation = new Thread(() -> function.invoke("\"" + args[0].replace("\\", "\\\\") + "\""), "invocation");
        invocation.setDaemon(true);
        invocation.start();
        if (args.length > 1 && args[1].equals("exit")) {
            Path marker = Path.of(args[0]);
            while (!Files.exists(marker) && invocation.isAlive()) {
                invocation.join(20);
            }
            System.exit(0);
        }
        invocation.join();
    }
}
