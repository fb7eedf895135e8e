package dev.lambdaharness.core.internal.inprocess;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.lang.reflect.Field;

/**
 * {@code LambdaRuntime.getLogger()} for in-process environments. aws-lambda-java-core is shared by
 * every environment (it is a runtime library), so its static logger is set once, as the runtime
 * interface client sets it, to a logger that writes to the environment owning the calling thread.
 * Threads owned by no environment write to standard output, as the logger does without a runtime.
 */
final class SharedRuntimeLogger implements LambdaLogger {

    private static final InheritableThreadLocal<LambdaLogger> BOUND = new InheritableThreadLocal<>();
    private static boolean installed;

    private SharedRuntimeLogger() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Field logger = LambdaRuntime.class.getDeclaredField("logger");
            logger.setAccessible(true);
            logger.set(null, new SharedRuntimeLogger());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Without it LambdaRuntime.getLogger() prints to stdout, which the environment still captures.
            System.getLogger("dev.lambdaharness").log(System.Logger.Level.DEBUG,
                    "LambdaRuntime.getLogger() stays the default logger", e);
        }
        installed = true;
    }

    static void bind(LambdaLogger logger) {
        BOUND.set(logger);
    }

    static void unbind() {
        BOUND.remove();
    }

    @Override
    public void log(String message) {
        target().log(message);
    }

    @Override
    public void log(byte[] message) {
        target().log(message);
    }

    @Override
    public void log(String message, LogLevel level) {
        target().log(message, level);
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        target().log(message, level);
    }

    private static LambdaLogger target() {
        LambdaLogger bound = BOUND.get();
        return bound != null ? bound : StdoutLogger.INSTANCE;
    }

    /** What aws-lambda-java-core's default logger does: print, without adding a line break. */
    private enum StdoutLogger implements LambdaLogger {
        INSTANCE;

        @Override
        public void log(String message) {
            System.out.print(message);
        }

        @Override
        public void log(byte[] message) {
            System.out.write(message, 0, message.length);
        }
    }
}
