package dev.lambdaharness.core.corpus;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.SparePool;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test JVM in miniature for the orphan tests: invokes {@link SpinsForever} in a forked environment
 * (args[0] = its marker file) and never closes its runtime. With args[1] = {@code exit} it exits
 * once the handler spins, so only its shutdown hooks can end the child; otherwise it waits, to be
 * killed with SIGKILL, when no hook runs. Before exiting it waits (60 s at most) for the test to
 * write {@link #seenMarker(Path)}, so the test has seen the child alive first. With args[2] = {@code private-tmp} the runtime gives the
 * child a private {@code /tmp} (then the marker must lie outside {@code /tmp}). With args[3] = a
 * handler class name it invokes that handler instead, one that writes its marker as {@code SpinsForever} does.
 * With args[1] = {@code spare} it keeps a spare of a {@link SparePool} instead, and writes the spare's pid.
 */
public final class ForkedParentMain {

    private ForkedParentMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("spare")) {
            keepASpare(Path.of(args[0]));
            return;
        }
        LambdaRuntime runtime = LambdaRuntime.builder().privateTmp(args.length > 2 && args[2].equals("private-tmp")).build();
        LambdaFunction function = runtime.function(
                FunctionConfig.builder((args.length > 3 ? args[3] : SpinsForever.class.getName()) + "::handleRequest").timeout(900).build(),
                CorpusCode.code(), Isolation.FORKED);
        Thread invocation = new Thread(() -> function.invoke("\"" + args[0].replace("\\", "\\\\") + "\""), "invocation");
        invocation.setDaemon(true);
        invocation.start();
        if (args.length > 1 && args[1].equals("exit")) {
            Path marker = Path.of(args[0]);
            while (!Files.exists(marker) && invocation.isAlive()) {
                invocation.join(20);
            }
            // Exit only once the test holds the child's handle: a child already gone by then proves nothing.
            Path seen = seenMarker(marker);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(seen) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            System.exit(0);
        }
        invocation.join();
    }

    /**
     * Deploys {@link Hello} into a runtime drawing on a {@link SparePool}, writes the pid of the spare
     * the pool starts for it to {@code marker} and waits, never closing the pool, to be killed.
     */
    private static void keepASpare(Path marker) throws Exception {
        SparePool pool = SparePool.create(SpareEnvironments.BOOTED, 1);
        LambdaRuntime.builder().sparePool(pool).build().function(FunctionConfig.builder(Hello.class.getName()).build(),
                CorpusCode.code(), Isolation.FORKED);
        while (pool.processes().isEmpty()) {
            Thread.sleep(10);
        }
        Path written = marker.resolveSibling(marker.getFileName() + ".tmp");
        Files.writeString(written, Long.toString(pool.processes().get(0).pid()));
        Files.move(written, marker); // whole, so the test never reads half a pid
        Thread.currentThread().join();
    }

    /** The file the test writes once it has seen the spinning child, beside the child's marker. */
    public static Path seenMarker(Path marker) {
        return marker.resolveSibling(marker.getFileName() + ".seen");
    }
}
