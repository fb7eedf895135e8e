package dev.lambdaharness.core.internal.rewrite;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Objects;

/**
 * Keeps JaCoCo coverage of the function classes that {@link CallSiteRewriter} changes.
 *
 * <p>The problem: JaCoCo's agent identifies a class by a CRC64 of the bytes it sees when the class
 * is defined, and the report matches that id against the class files in {@code target/classes}.
 * Rewritten bytes get a different id, so their coverage would be recorded but never shown.
 *
 * <p>What this does, when a JaCoCo agent runs in this JVM: it instruments the <em>original</em>
 * class file itself, with the running agent's own instrumenter (so the class id and the probe
 * layout are exactly those the report computes from {@code target/classes}), in JaCoCo's offline
 * mode against the agent's runtime ({@code org.jacoco.agent.rt.internal_<hash>.Offline}, which
 * records into the agent's own execution data and so into its {@code destfile}); then it rewrites
 * the call sites of the instrumented bytes. The loader defines such a class with a protection
 * domain that has no code source location ({@link #domainForRewritten}), which the agent skips
 * (its default {@code inclnolocationclasses=false}), so the class is not instrumented twice.
 * Classes with nothing to rewrite are defined as usual and the agent instruments them itself.
 *
 * <p>Why not the simpler ways: re-keying the rewritten bytes (say, by forcing their CRC64 to the
 * original's) would let the agent instrument them itself, but JaCoCo places a probe at every line
 * that contains a method call, and turning a read of {@code System.out} into a hook call adds one
 * on lines that had none: the probe counts would then differ and the report would fail on
 * "incompatible execution data". Instrumenting with a separately shipped {@code org.jacoco.core}
 * would need users to add it to their test class path and could differ in version from the agent;
 * the agent jar, which the JVM puts on the system class path, already holds the instrumenter.
 *
 * <p>The price, only while the agent runs: a rewritten class has no code source location, so a
 * function that asks {@code getProtectionDomain().getCodeSource().getLocation()} of it gets null.
 * The agent's {@code includes}/{@code excludes} are honoured; {@code exclclassloader} is not
 * (the agent still never sees these classes). With {@code inclnolocationclasses=true} this cannot
 * work, and rewritten classes go uncovered ({@link #description()} says so).
 *
 * <pre>{@code
 * CoverageSupport coverage = CoverageSupport.current();
 * byte[] bytes = coverage.prepare(name, original, rewritten);
 * defineClass(name, bytes, 0, bytes.length, coverage.domainForRewritten(domain));
 * // and in loadClass: if (coverage.isCoverageRuntimeClass(name)) delegate to the harness's loader
 * }</pre>
 */
public final class CoverageSupport {

    private static final String RT = "org.jacoco.agent.rt.RT";

    private static final class Current {
        // The agent starts before main and never stops, so one look per JVM is enough.
        static final CoverageSupport INSTANCE = detect(ClassLoader.getSystemClassLoader());
    }

    private final String description;
    /** Binary-name prefix of the agent's runtime package, such as {@code org.jacoco.agent.rt.internal_29a6edd.}; null when inactive. */
    private final String runtimePackagePrefix;
    private final Object instrumenter;
    private final Method instrument;
    private final Object includes;
    private final Object excludes;
    private final Method matches;

    private CoverageSupport(String description) {
        this(description, null, null, null, null, null, null);
    }

    private CoverageSupport(String description, String runtimePackagePrefix, Object instrumenter, Method instrument,
            Object includes, Object excludes, Method matches) {
        this.description = description;
        this.runtimePackagePrefix = runtimePackagePrefix;
        this.instrumenter = instrumenter;
        this.instrument = instrument;
        this.includes = includes;
        this.excludes = excludes;
        this.matches = matches;
    }

    /** The coverage support for this JVM: active when a JaCoCo agent was started with it. */
    public static CoverageSupport current() {
        return Current.INSTANCE;
    }

    /** Coverage support that does nothing: rewritten classes are defined as they are. */
    public static CoverageSupport disabled() {
        return new CoverageSupport("coverage support disabled");
    }

    /**
     * Looks for a running JaCoCo agent among the classes {@code systemLoader} sees (the JVM appends
     * a {@code -javaagent} jar to the system class path).
     */
    public static CoverageSupport detect(ClassLoader systemLoader) {
        Class<?> rt;
        try {
            rt = Class.forName(RT, true, systemLoader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return new CoverageSupport("no JaCoCo agent on the class path");
        }
        try {
            Object agent;
            try {
                agent = rt.getMethod("getAgent").invoke(null);
            } catch (InvocationTargetException notStarted) {
                return new CoverageSupport("JaCoCo agent classes are on the class path but no agent was started ("
                        + notStarted.getCause() + ")");
            }
            String version = String.valueOf(agent.getClass().getMethod("getVersion").invoke(agent));
            String pkg = agent.getClass().getPackageName();
            Object options = agentOptions(agent);
            if ((Boolean) options.getClass().getMethod("getInclNoLocationClasses").invoke(options)) {
                return new CoverageSupport("JaCoCo agent " + version + " runs with inclnolocationclasses=true, "
                        + "which would instrument rewritten classes twice: their coverage is not recorded. "
                        + "Remove that agent option to get it.");
            }
            Class<?> offline = Class.forName(pkg + ".Offline", false, systemLoader);
            offline.getMethod("getProbes", long.class, String.class, int.class);
            Class<?> generatorType = Class.forName(pkg + ".core.runtime.IExecutionDataAccessorGenerator", false,
                    systemLoader);
            Class<?> methodVisitor = Class.forName(pkg + ".asm.MethodVisitor", false, systemLoader);
            Object generator = Proxy.newProxyInstance(systemLoader, new Class<?>[] {generatorType},
                    new OfflineAccessor(offline.getName().replace('.', '/'),
                            methodVisitor.getMethod("visitLdcInsn", Object.class),
                            methodVisitor.getMethod("visitMethodInsn", int.class, String.class, String.class,
                                    String.class, boolean.class)));
            Class<?> instrumenterType = Class.forName(pkg + ".core.instr.Instrumenter", false, systemLoader);
            Object instrumenter = instrumenterType.getConstructor(generatorType).newInstance(generator);
            Method instrument = instrumenterType.getMethod("instrument", byte[].class, String.class);
            Class<?> matcherType = Class.forName(pkg + ".core.runtime.WildcardMatcher", false, systemLoader);
            Constructor<?> matcher = matcherType.getConstructor(String.class);
            Object includes = matcher.newInstance(vmNames(options, "getIncludes"));
            Object excludes = matcher.newInstance(vmNames(options, "getExcludes"));
            return new CoverageSupport("JaCoCo agent " + version + ": rewritten classes are instrumented offline "
                    + "against " + offline.getName(), pkg + ".", instrumenter, instrument, includes, excludes,
                    matcherType.getMethod("matches", String.class));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unexpected) {
            return new CoverageSupport("a JaCoCo agent runs, but its internals are not the ones this harness knows ("
                    + unexpected + "): rewritten classes get no coverage. Report this with your JaCoCo version.");
        }
    }

    private static Object agentOptions(Object agent) throws ReflectiveOperationException {
        Field options = agent.getClass().getDeclaredField("options");
        options.setAccessible(true);
        return options.get(agent);
    }

    /** The agent matches its include and exclude patterns against internal names ({@code a/b/C}). */
    private static String vmNames(Object options, String getter) throws ReflectiveOperationException {
        return ((String) options.getClass().getMethod(getter).invoke(options)).replace('.', '/');
    }

    /** Whether rewritten classes are instrumented here and must be defined with {@link #domainForRewritten}. */
    public boolean active() {
        return instrumenter != null;
    }

    /** What was found, for a log line or a test failure message. */
    public String description() {
        return description;
    }

    /**
     * Whether a function class loader must load {@code binaryName} from the harness's side: the
     * JaCoCo runtime class that instrumented classes call ({@code ...Offline}).
     */
    public boolean isCoverageRuntimeClass(String binaryName) {
        return runtimePackagePrefix != null && binaryName.startsWith(runtimePackagePrefix);
    }

    /**
     * The bytes to define for a class whose call sites were rewritten: {@code rewritten} when
     * inactive (or when the agent's includes/excludes leave the class out), else the original
     * instrumented for coverage and then rewritten.
     *
     * @param className binary name, such as {@code com.example.Handler}
     * @param original  the class file as built
     * @param rewritten what {@link CallSiteRewriter#rewrite} returned for {@code original}; not null
     */
    public byte[] prepare(String className, byte[] original, byte[] rewritten) {
        Objects.requireNonNull(rewritten, "rewritten");
        if (!active() || !included(className.replace('.', '/'))) {
            return rewritten;
        }
        byte[] instrumented;
        try {
            instrumented = (byte[]) instrument.invoke(instrumenter, original, className);
        } catch (ReflectiveOperationException | RuntimeException failed) {
            Throwable cause = failed instanceof InvocationTargetException ite ? ite.getCause() : failed;
            System.err.println("Lambda Harness: JaCoCo could not instrument " + className + " (" + cause
                    + "); it runs without coverage.");
            return rewritten;
        }
        byte[] result = CallSiteRewriter.rewrite(instrumented);
        return result != null ? result : instrumented;
    }

    /**
     * The protection domain to define a rewritten class with: {@code normal} when inactive, else
     * one whose code source has no location, so that the agent leaves the class to us.
     */
    public ProtectionDomain domainForRewritten(ProtectionDomain normal) {
        if (!active()) {
            return normal;
        }
        return new ProtectionDomain(new CodeSource(null, (CodeSigner[]) null),
                normal == null ? null : normal.getPermissions());
    }

    private boolean included(String vmName) {
        try {
            return (Boolean) matches.invoke(includes, vmName) && !(Boolean) matches.invoke(excludes, vmName);
        } catch (ReflectiveOperationException unexpected) {
            return true;
        }
    }

    @Override
    public String toString() {
        return "CoverageSupport[" + description + "]";
    }

    /**
     * JaCoCo's {@code IExecutionDataAccessorGenerator} for offline instrumentation, written against
     * the agent's relocated ASM: the probe array comes from {@code Offline.getProbes(id, name, count)}.
     * (The agent jar carries no ready-made one; org.jacoco.core's is the same four instructions.)
     */
    private static final class OfflineAccessor implements InvocationHandler {

        private static final int INVOKESTATIC = 184;
        /** long id (2) + name + count. */
        private static final int MAX_STACK = 4;

        private final String offlineInternalName;
        private final Method visitLdcInsn;
        private final Method visitMethodInsn;

        OfflineAccessor(String offlineInternalName, Method visitLdcInsn, Method visitMethodInsn) {
            this.offlineInternalName = offlineInternalName;
            this.visitLdcInsn = visitLdcInsn;
            this.visitMethodInsn = visitMethodInsn;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "generateDataAccessor":
                    Object mv = args[3];
                    try {
                        visitLdcInsn.invoke(mv, args[0]);
                        visitLdcInsn.invoke(mv, args[1]);
                        visitLdcInsn.invoke(mv, args[2]);
                        visitMethodInsn.invoke(mv, INVOKESTATIC, offlineInternalName, "getProbes",
                                "(JLjava/lang/String;I)[Z", false);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return MAX_STACK;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "OfflineAccessor[" + offlineInternalName + "]";
                default:
                    throw new UnsupportedOperationException(method.toString());
            }
        }
    }
}
