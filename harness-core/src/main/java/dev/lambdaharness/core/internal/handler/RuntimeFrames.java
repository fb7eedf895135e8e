package dev.lambdaharness.core.internal.handler;

import dev.lambdaharness.events.serialization.RicThrowable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Cuts the runtime's own frames out of stack traces, as the RIC does before it reports or logs a
 * throwable: each trace (the throwable's, its causes' and suppressed ones', recursively) is cut at
 * its first frame that belongs to the runtime.
 *
 * <p>In the RIC that is the first frame of {@code com.amazonaws.services.lambda.runtime.api.client};
 * here it is the first frame of {@code dev.lambdaharness.core.internal} or of the serialiser
 * machinery shared with the event model ({@code dev.lambdaharness.events.serialization},
 * which does the RIC's serialiser choice and calls a function's custom serialiser), which is why
 * user code is only ever called from a frame of those packages. The traces are changed in place,
 * as the RIC does, so user code that keeps the throwable sees the same cut trace.
 */
final class RuntimeFrames {

    static final String RUNTIME_PACKAGE_PREFIX = "dev.lambdaharness.core.internal.";

    static final String SERIALIZATION_PACKAGE_PREFIX = "dev.lambdaharness.events.serialization.";

    /**
     * The in-process function class loader overrides {@code findClass} to rewrite call sites; the
     * RIC's loader is a plain {@code URLClassLoader}, so its frames are taken out rather than cut at:
     * what remains ({@code URLClassLoader.findClass}, {@code ClassLoader.loadClass}, …) is the RIC's.
     */
    static final String FUNCTION_CLASS_LOADER = "dev.lambdaharness.core.internal.inprocess.FunctionClassLoader";

    private RuntimeFrames() {
    }

    /** Cuts the traces of {@code t}, its causes and its suppressed throwables; returns {@code t}. */
    static <T extends Throwable> T cut(T t) {
        // HashSet (not identity) on purpose: the RIC uses HashSet, so a throwable overriding equals behaves alike.
        cut(t, new HashSet<>(), new HashSet<>());
        return t;
    }

    private static void cut(Throwable t, Set<Throwable> visited, Set<Throwable> visitedSuppressed) {
        if (!visited.add(t)) {
            return;
        }
        StackTraceElement[] trace = withoutFunctionClassLoader(t);
        for (int i = 0; i < trace.length; i++) {
            if (isRuntimeFrame(trace[i])) {
                t.setStackTrace(Arrays.copyOf(trace, i));
                break;
            }
        }
        Throwable cause = t.getCause();
        if (cause != null) {
            cut(cause, visited, visitedSuppressed);
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (visitedSuppressed.add(suppressed)) {
                cut(suppressed, visited, visitedSuppressed);
            }
        }
    }

    private static boolean isRuntimeFrame(StackTraceElement frame) {
        String className = frame.getClassName();
        return className.startsWith(RUNTIME_PACKAGE_PREFIX) || className.startsWith(SERIALIZATION_PACKAGE_PREFIX);
    }

    private static StackTraceElement[] withoutFunctionClassLoader(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        StackTraceElement[] kept = Arrays.stream(trace)
                .filter(frame -> !frame.getClassName().equals(FUNCTION_CLASS_LOADER))
                .toArray(StackTraceElement[]::new);
        if (kept.length != trace.length) {
            t.setStackTrace(kept);
        }
        return kept;
    }

    /** The cut trace as {@link Throwable#printStackTrace()} prints it (what the RIC logs). */
    static String printed(Throwable t) {
        cut(t);
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** The message the RIC reports for a throwable: the localized message, or the class name when there is none. */
    static String messageOf(Throwable t) {
        String message = t.getLocalizedMessage();
        return message == null ? typeOf(t) : message;
    }

    /** The type the RIC reports: the class name, or the RIC's own class name for faults it raises itself. */
    static String typeOf(Throwable t) {
        return t instanceof RicThrowable ric ? ric.ricClassName() : t.getClass().getName();
    }
}
