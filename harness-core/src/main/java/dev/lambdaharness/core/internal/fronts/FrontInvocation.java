package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Invokes a function for a front that stops waiting after its integration timeout, as API Gateway
 * does: the invocation runs on, but the client gets the front's timeout answer.
 *
 * <pre>{@code
 * Optional<InvocationResult> result = FrontInvocation.within(function, event, Duration.ofSeconds(30));
 * }</pre>
 */
final class FrontInvocation {

    private FrontInvocation() {
    }

    /**
     * The result, or empty when the front stopped waiting first.
     *
     * @throws dev.lambdaharness.core.InvocationRejectedException as {@link LambdaFunction#invoke(byte[])}
     */
    static Optional<InvocationResult> within(LambdaFunction function, byte[] event, Duration timeout) {
        if (function.config().timeout().compareTo(timeout) < 0) {
            // The function's own timeout ends it first: no need for a thread of its own.
            return Optional.of(function.invoke(event));
        }
        CompletableFuture<InvocationResult> result = new CompletableFuture<>();
        Thread invocation = new Thread(() -> {
            try {
                result.complete(function.invoke(event));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "lambda-harness-front-invocation");
        invocation.setDaemon(true);
        invocation.start();
        try {
            return Optional.of(result.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException late) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The front was closed while its function ran.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
    }
}
