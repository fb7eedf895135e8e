package dev.lambdaharness.core.internal.hooks;

/**
 * A class loader whose classes are rewritten so that their calls to {@code System.getenv},
 * {@code System.out} and the like reach one execution environment.
 *
 * <p>The hooks find the environment from the class that made the call: its defining loader, when
 * it implements this interface, names the binding. Keying on the loader rather than on the thread
 * keeps a function's own thread pools and timers inside its environment.
 *
 * <pre>{@code
 * final class FunctionClassLoader extends ClassLoader implements BoundClassLoader {
 *     private final EnvironmentBinding binding;
 *     public EnvironmentBinding environmentBinding() { return binding; }
 *     // findClass: defineClass(name, CallSiteRewriter.rewrite(bytes) ?: bytes, ...)
 * }
 * }</pre>
 */
public interface BoundClassLoader {

    /** The environment whose view of the process this loader's classes get; never null. */
    EnvironmentBinding environmentBinding();
}
