package dev.lambdaharness.core.internal.runtimeset;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.Sandbox;
import dev.lambdaharness.core.internal.SandboxFactory;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.xray.XRayDaemonSink;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The test side's door to the runtime side: in-process environments and typed payloads, run by the
 * harness's classes as {@link RuntimeSideLoader} defines them over the runtime set's
 * aws-lambda-java-core and aws-lambda-java-serialization. Only JDK and harness API types cross it,
 * so no class the test class path brings (an older core, serialization 1.0.0 from
 * aws-lambda-java-tests, a shaded jar holding {@code Context.class}) is ever linked against the
 * runtime's.
 *
 * <pre>{@code
 * SandboxFactory inProcess = RuntimeSide.inProcessEnvironments(TimeLimits.LAMBDA, Debugging.OFF);
 * byte[] payload = RuntimeSide.writePayload(sqsEvent);      // as the runtime set's serialiser writes it
 * SQSEvent back = RuntimeSide.readPayload(payload, SQSEvent.class);
 * }</pre>
 */
public final class RuntimeSide {

    private static final String ENVIRONMENT = "dev.lambdaharness.core.internal.inprocess.InProcessEnvironment";
    private static final String PAYLOADS = "dev.lambdaharness.events.serialization.TypedPayloads";

    private static volatile Doors doors;

    private RuntimeSide() {
    }

    /** The class loader of the runtime side: the set's libraries and the harness's runtime-side classes. */
    public static ClassLoader loader() {
        return doors().loader;
    }

    /** Starts in-process environments on the runtime side. */
    public static SandboxFactory inProcessEnvironments(TimeLimits limits, Debugging debugging) {
        return inProcessEnvironments(limits, debugging, XRayDaemonSink.LAMBDA_DAEMON_ADDRESS);
    }

    /** Starts in-process environments on the runtime side whose X-Ray daemon is at {@code xrayDaemon} ({@code host:port}). */
    public static SandboxFactory inProcessEnvironments(TimeLimits limits, Debugging debugging, String xrayDaemon) {
        MethodHandle constructor = doors().environment;
        return (id, config, code, clock, type) -> {
            try {
                return (Sandbox) constructor.invokeExact(id, config, code, clock, limits, debugging, xrayDaemon, type);
            } catch (Throwable e) {
                throw rethrown(e);
            }
        };
    }

    /** The payload bytes for an object, as the runtime set's serialiser writes it. */
    public static byte[] writePayload(Object value) {
        // invokeExact on handles typed once in open(): invokeWithArguments would box and spread on every typed invoke.
        try {
            return (byte[]) doors().write.invokeExact(value);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    /** An object of the given type read from payload bytes, as the runtime set's serialiser reads it. */
    public static <T> T readPayload(byte[] payload, Class<T> type) {
        try {
            return type.cast((Object) doors().read.invokeExact(payload, (Class<?>) type));
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    /** What the runtime side throws (a refused configuration, a bad payload) reaches the caller as it is. */
    private static RuntimeException rethrown(Throwable thrown) {
        if (thrown instanceof RuntimeException runtime) {
            return runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(thrown);
    }

    private static Doors doors() {
        Doors result = doors;
        if (result == null) {
            synchronized (RuntimeSide.class) {
                result = doors;
                if (result == null) {
                    result = open();
                    doors = result;
                }
            }
        }
        return result;
    }

    private static Doors open() {
        RuntimeSet set = RuntimeSet.harness();
        ClassLoader harness = RuntimeSide.class.getClassLoader();
        RuntimeSideLoader loader = new RuntimeSideLoader(
                List.of(set.jar(RuntimeSet.Library.CORE), set.jar(RuntimeSet.Library.SERIALIZATION)), harness);
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> environment = Class.forName(ENVIRONMENT, true, loader);
            MethodHandle constructor = lookup.findConstructor(environment, MethodType.methodType(void.class, String.class,
                    FunctionConfig.class, FunctionCode.class, RuntimeClock.class, TimeLimits.class, Debugging.class, String.class,
                    InitializationType.class))
                    .asType(MethodType.methodType(Sandbox.class, String.class, FunctionConfig.class, FunctionCode.class,
                            RuntimeClock.class, TimeLimits.class, Debugging.class, String.class, InitializationType.class));
            Class<?> payloads = Class.forName(PAYLOADS, true, loader);
            MethodHandle write = lookup.findStatic(payloads, "write", MethodType.methodType(byte[].class, Object.class));
            MethodHandle read = lookup.findStatic(payloads, "read", MethodType.methodType(Object.class, byte[].class, Class.class));
            return new Doors(loader, constructor, write, read);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("lambda-harness-core's runtime side is incomplete (" + e.getMessage()
                    + "); use lambda-harness-core and lambda-harness-event-model of the same version.", e);
        }
    }

    private static final class Doors {
        final ClassLoader loader;
        final MethodHandle environment;
        final MethodHandle write;
        final MethodHandle read;

        Doors(ClassLoader loader, MethodHandle environment, MethodHandle write, MethodHandle read) {
            this.loader = loader;
            this.environment = environment;
            this.write = write;
            this.read = read;
        }
    }
}
