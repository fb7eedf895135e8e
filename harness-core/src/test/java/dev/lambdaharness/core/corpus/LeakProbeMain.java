package dev.lambdaharness.core.corpus;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaRuntime;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens and closes many environments of {@link LeavesThingsBehind}, then reports how many of
 * their class loaders the garbage collector could reclaim: {@code collected N of M}. Run in a JVM
 * with a bounded Metaspace, so leaked loaders end it with an OutOfMemoryError.
 */
public final class LeakProbeMain {

    private LeakProbeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int environments = Integer.parseInt(args[0]);
        FunctionCode code = FunctionCode.fromPaths(CorpusCode.testClasses());
        FunctionConfig config = FunctionConfig.builder(LeavesThingsBehind.class.getName()).build();
        for (int i = 0; i < environments; i++) {
            try (LambdaRuntime runtime = LambdaRuntime.create()) {
                String answer = runtime.function(config, code).invoke("\"x\"").payloadAsString();
                if (!answer.equals("\"left 65536\"")) {
                    System.out.println("unexpected answer " + answer);
                    System.exit(2);
                }
            }
        }
        List<WeakReference<?>> probes = System.getProperties().entrySet().stream()
                .filter(e -> e.getKey().toString().startsWith("lambda-harness.leak-probe."))
                .map(e -> (WeakReference<?>) e.getValue())
                .collect(Collectors.toList());
        long deadline = System.nanoTime() + 20_000_000_000L;
        long alive = probes.size();
        while (alive > 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
            alive = probes.stream().filter(p -> p.get() != null).count();
        }
        System.out.println("collected " + (probes.size() - alive) + " of " + probes.size());
        System.exit(0);
    }
}
