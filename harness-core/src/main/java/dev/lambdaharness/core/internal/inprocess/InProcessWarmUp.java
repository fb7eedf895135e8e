package dev.lambdaharness.core.internal.inprocess;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.child.OwnedTempDirectories;
import dev.lambdaharness.core.internal.inprocess.warmup.WarmUpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The harness's own first use in a JVM, done once before the first in-process INIT is timed.
 *
 * <p>Why: the first in-process cold start of a JVM also paid for loading and compiling the
 * harness's own machinery (the class rewriting, the runtime's serialisation, the context), hundreds of
 * milliseconds that later cold starts do not pay (BENCHMARKS.md: the first cold start of each fork),
 * so its {@code Init Duration}
 * said more about the harness than about the function. The warm-up runs a small function
 * ({@link WarmUpHandler}) through the same path first, outside any timer; its time is logged at
 * DEBUG. A failed warm-up only leaves that first {@code Init Duration} longer.
 *
 * <pre>{@code
 * InProcessWarmUp.ensureDone();   // before an environment's INIT starts its clock
 * }</pre>
 */
final class InProcessWarmUp {

    private static final System.Logger LOG = System.getLogger(InProcessWarmUp.class.getName());

    private InProcessWarmUp() {
    }

    /**
     * Warms up once per JVM; callers racing the first wait for it, and the warm-up's own environment,
     * which comes back here from its INIT, passes straight through (the JVM lets the thread that
     * initialises a class use it meanwhile).
     */
    static void ensureDone() {
        Done.reached();
    }

    /** How long the warm-up took, in milliseconds; -1 when it failed. */
    static double millis() {
        return Done.MILLIS;
    }

    private static final class Done {
        static final double MILLIS = warmUp();

        /** Calling it initialises this class, which warms up, once. */
        static void reached() {
        }
    }

    private static double warmUp() {
        long started = System.nanoTime();
        Path code = null;
        try {
            code = OwnedTempDirectories.create("lambda-harness-warm-up-");
            copyClass(WarmUpHandler.class, code);
            FunctionConfig config = FunctionConfig.builder(WarmUpHandler.class.getName())
                    .functionName("lambda-harness-warm-up").build();
            try (InProcessEnvironment environment = new InProcessEnvironment("warm-up", config,
                    FunctionCode.fromPaths(code), RuntimeClock.system())) {
                InvocationResult result = environment.invoke(InvocationRequest.of("{\"warm\":\"up\"}"));
                if (!result.succeeded()) {
                    LOG.log(System.Logger.Level.DEBUG, "The in-process warm-up failed: " + result.error().orElseThrow());
                    return -1;
                }
            }
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            LOG.log(System.Logger.Level.DEBUG, () -> String.format("In-process warm-up took %.1f ms, counted in no"
                    + " Init Duration", millis));
            return millis;
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "The in-process warm-up failed; the first Init Duration of this JVM"
                    + " includes the harness's own first use", e);
            return -1;
        } finally {
            OwnedTempDirectories.delete(code);
        }
    }

    private static void copyClass(Class<?> type, Path root) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        Path target = root.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no class file " + resource);
            }
            Files.copy(in, target);
        }
    }
}
