package dev.lambdaharness.junit.assertj;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Invokes the handlers of {@code dev.lambdaharness.junit.handlers} in a real in-process
 * {@link LambdaRuntime}, so the assertions are tested against what invocations really return. The
 * runtime closes after the test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RealInvocations lambda = new RealInvocations();
 *
 * InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
 * }</pre>
 */
final class RealInvocations implements AfterAllCallback {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    /** Deploys the handler class as a new function and invokes it once: a cold start. */
    InvocationResult invoke(Class<?> handler, String payload) {
        return invoke(FunctionConfig.builder(handler.getName()), payload);
    }

    /** Deploys a new function with this configuration and invokes it once: a cold start. */
    InvocationResult invoke(FunctionConfig.Builder config, String payload) {
        return runtime.function(config.build(), code()).invoke(payload);
    }

    /** Deploys the handler class as a new function, invokes it twice and returns the second, warm result. */
    InvocationResult invokeWarm(Class<?> handler, String payload) {
        var function = runtime.function(FunctionConfig.builder(handler.getName()).build(), code());
        function.invoke(payload);
        return function.invoke(payload);
    }

    /** Deploys the handler class as a new function with forked isolation and invokes it once. */
    InvocationResult invokeForked(Class<?> handler, String payload) {
        return runtime.function(FunctionConfig.builder(handler.getName()).build(), code(), Isolation.FORKED)
                .invoke(payload);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        runtime.close();
    }

    /** The test classes and the aws-lambda-java-events and Joda-Time jars, as a deployed function bundles them. */
    static FunctionCode code() {
        return FunctionCode.fromPaths(locationOf(RealInvocations.class),
                locationOf(com.amazonaws.services.lambda.runtime.events.SQSEvent.class),
                locationOf(org.joda.time.DateTime.class));
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
