package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.TooManyRequestsException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Invokes a function for a front that stops waiting after its integration timeout, as API Gateway
 * does: the invocation runs on, but the client gets the front's timeout answer.
 *
 * <pre>{@code
 * Optional<InvocationResult> result = FrontInvocation.within(function, event, Duration.ofSeconds(30));
 * }</pre>
 */
final class FrontInvocation {

    /** A front's own answers to what can go wrong between it and the function. */
    record Failures(FrontResponse functionError, FrontResponse throttled, FrontResponse tooLarge, FrontResponse timeout) {
    }

    /** For fronts that wait as long as the function may run (Function URLs, load balancers). */
    static final Duration NO_INTEGRATION_TIMEOUT = Duration.ofDays(1);

    private FrontInvocation() {
    }

    /**
     * The front's answer: the function's response as {@code reader} makes HTTP of it, or the
     * front's own answer to a function error, an unreadable response, a throttle, an event too large
     * or an integration timeout.
     */
    static FrontResponse answer(LambdaFunction function, byte[] event, Duration integrationTimeout,
            Function<byte[], Optional<FrontResponse>> reader, Failures failures) {
        try {
            Optional<InvocationResult> result = within(function, event, integrationTimeout);
            if (result.isEmpty()) {
                return failures.timeout();
            }
            if (!result.get().succeeded()) {
                return failures.functionError();
            }
            return reader.apply(result.get().payload()).orElse(failures.functionError());
        } catch (TooManyRequestsException throttled) {
            return failures.throttled();
        } catch (InvocationRejectedException rejected) {
            return rejected.statusCode() == 413 ? failures.tooLarge() : failures.functionError();
        }
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
