package dev.lambdaharness.core.internal.forked.agent;

import dev.lambdaharness.core.internal.network.AddressPolicy;
import dev.lambdaharness.core.internal.hooks.NetworkHooks;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.ProtectionDomain;

/**
 * The premain of a forked child's network agent: installs the function's address policy for the
 * whole child ({@link NetworkHooks#install}) and rewrites the socket call sites of every class the
 * function's class loader defines (the runtime client's {@code CustomerClassLoader}, or the
 * harness client's), as {@code CallSiteRewriter.rewriteNetworkCalls} does in-process. Classes of
 * the JDK, of the system class path (the runtime client, the runtime's libraries) and of the harness
 * are left as they are.
 *
 * <pre>{@code
 * java -javaagent:lambda-harness-network-agent.jar=rewriter=...&allow=db.internal&outside= ... AWSLambda handler
 * }</pre>
 */
public final class NetworkAgent {

    private static final String REWRITER = "dev.lambdaharness.core.internal.rewrite.CallSiteRewriter";
    /** The harness's packages that its own runtime client loads (the harness-core internals, the event model, its Jackson). */
    private static final String[] HARNESS_PACKAGES = {
        "dev/lambdaharness/core/internal/", "dev/lambdaharness/events/", "dev/lambdaharness/internal/",
    };

    private NetworkAgent() {
    }

    /** Called by the JVM before the main class: see the class comment. */
    public static void premain(String options, Instrumentation instrumentation) throws ReflectiveOperationException {
        AgentArguments arguments = AgentArguments.decode(options);
        NetworkHooks.install(AddressPolicy.of(arguments.allowed(), arguments.treatedAsOutside()));
        URL[] urls = arguments.rewriterClassPath().stream().map(NetworkAgent::url).toArray(URL[]::new);
        // The rewriter and ASM stay out of the function's sight: their own loader, under the platform loader.
        ClassLoader rewriterLoader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        MethodHandle rewrite = MethodHandles.publicLookup().findStatic(Class.forName(REWRITER, true, rewriterLoader),
                "rewriteNetworkCalls", MethodType.methodType(byte[].class, byte[].class));
        instrumentation.addTransformer(new Transformer(rewrite, rewriterLoader));
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path + " cannot be a class path entry: " + e.getMessage(), e);
        }
    }

    /** The harness client's own classes, in a loader of their own in the child: nothing of the function's. */
    private static boolean isHarnessClass(String className) {
        for (String prefix : HARNESS_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Rewrites the classes of the function's class loaders. */
    private static final class Transformer implements ClassFileTransformer {

        private final MethodHandle rewrite;
        private final ClassLoader rewriterLoader;

        Transformer(MethodHandle rewrite, ClassLoader rewriterLoader) {
            this.rewrite = rewrite;
            this.rewriterLoader = rewriterLoader;
        }

        @Override
        public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
                byte[] classFile) {
            if (!isFunctionClass(loader, className)) {
                return null;
            }
            try {
                return (byte[]) rewrite.invokeExact(classFile);
            } catch (Throwable e) {
                // The class still loads as it was, with its sockets unchecked; say so once, in the function's log.
                System.err.println("lambda-harness: the sockets of " + className.replace('/', '.')
                        + " are not checked against the loopback-only policy: " + e.getMessage());
                return null;
            }
        }

        private boolean isFunctionClass(ClassLoader loader, String className) {
            return loader != null && loader != ClassLoader.getPlatformClassLoader()
                    && loader != ClassLoader.getSystemClassLoader() && loader != rewriterLoader && className != null
                    && !isHarnessClass(className);
        }
    }
}
