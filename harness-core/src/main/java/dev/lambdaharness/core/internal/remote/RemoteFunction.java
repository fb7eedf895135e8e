package dev.lambdaharness.core.internal.remote;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationListener;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.RecursiveInvocationException;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import dev.lambdaharness.core.internal.invokeapi.FunctionName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A function deployed elsewhere, invoked through Lambda's Invoke API: what a {@code LambdaFunction}
 * of {@code Isolation.REMOTE} runs on. Each synchronous invocation asks for the log tail and reads it
 * back into the result's logs and report; the service's refusals become the exceptions a local
 * invocation throws.
 *
 * <pre>{@code
 * RemoteFunction orders = new RemoteFunction(transport, "orders-prod:live", config, clock, listeners);
 * InvocationResult result = orders.invoke(handle, null, InvocationRequest.of("{}"));
 * }</pre>
 */
public final class RemoteFunction {

    /**
     * The platform's classification of a failure the caller cannot see it for: the Invoke API returns the
     * error document without the runtime's {@code Lambda-Runtime-Function-Error-Type}, and a REPORT names an
     * error type only when the runtime failed. A handler's exception is by far the likeliest cause, so a
     * remote function error that no platform line or platform error type explains is taken for this one.
     */
    public static final String INFERRED_RUNTIME_ERROR_TYPE = "Runtime.UserException";

    private final RemoteTransport transport;
    /** The deployed function without its qualifier, as the Invoke API takes it. */
    private final String target;
    private final Optional<String> mappedQualifier;
    private final FunctionConfig config;
    private final RuntimeClock clock;
    private final List<InvocationListener> listeners;

    /**
     * @param deployed the deployed function: a name, name with qualifier, or ARN
     * @param config the function's configuration as the test declared it
     */
    public RemoteFunction(RemoteTransport transport, String deployed, FunctionConfig config, RuntimeClock clock,
            List<InvocationListener> listeners) {
        this.transport = transport;
        FunctionName name = FunctionName.parse(deployed).orElseThrow(() -> new IllegalArgumentException(
                "'" + deployed + "' is no function name, name:qualifier or ARN"));
        this.mappedQualifier = name.qualifier();
        this.target = name.qualifier().map(q -> deployed.substring(0, deployed.length() - q.length() - 1)).orElse(deployed);
        this.config = config;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /** The deployed function invoked, without qualifier: its name or ARN. */
    public String target() {
        return target;
    }

    /** The version or alias the deployed function was named with, if any. */
    public Optional<String> mappedQualifier() {
        return mappedQualifier;
    }

    /** The configuration the test declared. */
    public FunctionConfig config() {
        return config;
    }

    /** The runtime's clock. */
    public RuntimeClock clock() {
        return clock;
    }

    /** Invokes synchronously with the log tail; the result is heard by the runtime's listeners. */
    public InvocationResult invoke(LambdaFunction handle, String qualifier, InvocationRequest request) {
        if (request.cognitoIdentity().isPresent()) {
            throw unsupported("invoke with a Cognito identity", "Lambda's Invoke API has no field for one; only mobile"
                    + " SDKs pass it. Invoke without it, or run this test in-process or forked.");
        }
        RemoteReply reply;
        try {
            reply = call(qualifier, RemoteCall.REQUEST_RESPONSE, request);
        } catch (TooManyRequestsException throttle) {
            listeners.forEach(listener -> listener.throttled(handle, throttle));
            throw throttle;
        }
        RemoteLogTail tail = RemoteLogTail.read(reply.logResult(), Instant.ofEpochMilli(clock.currentTimeMillis()));
        String requestId = reply.requestId().orElse("");
        Optional<InvocationReport> reported = tail.report(requestId);
        if (requestId.isEmpty()) {
            requestId = reported.map(InvocationReport::requestId).orElse("");
        }
        // With no REPORT in the tail (a JSON log's system level above INFO hides it) nothing was measured: NaN, not a guess.
        InvocationReport report = reported.orElse(new InvocationReport(requestId, Double.NaN, 0, config.memorySize(),
                OptionalInt.empty(), Optional.empty(), false, InvocationStatus.SUCCESS, Optional.empty()));
        FunctionError error = reply.functionError().isEmpty() ? null
                : ForkedEnvironment.functionError(reply.payload(), runtimeErrorType(reply.payload(), report, tail));
        InvocationResult result = new InvocationResult(requestId, reply.payload(), error, tail.events(), report,
                reply.executedVersion().orElse(FunctionConfig.LATEST));
        listeners.forEach(listener -> listener.invoked(handle, result));
        return result;
    }

    /** Invokes asynchronously; returns the request id the service gave the event. */
    public String invokeAsync(String qualifier, InvocationRequest request) {
        // Lambda drops the client context of an asynchronous invocation; so does the local runtime.
        InvocationRequest sent = InvocationRequest.of(request.payload());
        sent = request.traceHeader().map(sent::withTraceHeader).orElse(sent);
        sent = request.tenantId().map(sent::withTenantId).orElse(sent);
        return call(qualifier, RemoteCall.EVENT, sent).requestId().orElse("");
    }

    /**
     * Checks that the deployed function has the version or alias, as {@code DryRun} does.
     *
     * @throws InvocationRejectedException ({@code ResourceNotFoundException}) when it has not
     */
    public void dryRun(String qualifier) {
        call(qualifier, RemoteCall.DRY_RUN, InvocationRequest.of("{}"));
    }

    /**
     * The one message for an operation a remote function cannot do.
     *
     * @param operation what was asked, for example {@code publishVersion}
     * @param why why not and what to do instead
     */
    public UnsupportedOperationException unsupported(String operation, String why) {
        return new UnsupportedOperationException(operation + " is not available for function '" + config.functionName()
                + "': its target is remote (Isolation.REMOTE, the deployed " + target + "), which the harness only"
                + " invokes. " + why);
    }

    private RemoteReply call(String qualifier, String type, InvocationRequest request) {
        Optional<String> chosen = Optional.ofNullable(qualifier).or(() -> mappedQualifier);
        RemoteCall call = new RemoteCall(target, chosen, type, request.payload(), request.clientContext(),
                request.traceHeader(), request.tenantId());
        try {
            return transport.invoke(call);
        } catch (RemoteRefusal refusal) {
            throw rejected(refusal, target + chosen.map(q -> ":" + q).orElse(""));
        }
    }

    /** The exception a local invocation throws for the same refusal. */
    private static InvocationRejectedException rejected(RemoteRefusal refusal, String invoked) {
        String said = "the Invoke API answered " + refusal.statusCode() + " " + refusal.errorCode() + ": "
                + refusal.getMessage();
        if (TooManyRequestsException.ERROR_CODE.equals(refusal.errorCode())) {
            ThrottleReason reason = refusal.reason().flatMap(RemoteFunction::throttleReason)
                    .orElse(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
            return new TooManyRequestsException(reason, invoked, said + ". Lower the test's concurrency, or raise the"
                    + " function's reserved concurrency where it is deployed.");
        }
        if (RecursiveInvocationException.ERROR_CODE.equals(refusal.errorCode())) {
            return new RecursiveInvocationException(invoked);
        }
        return new InvocationRejectedException(refusal.errorCode(), refusal.statusCode(), "Invocation of " + invoked
                + " refused: " + said + (refusal.statusCode() == 404 ? ". Check the deployed name, qualifier and"
                + " region (lambdaharness.remote.function.<name>, lambdaharness.remote.region)." : ""));
    }

    private static Optional<ThrottleReason> throttleReason(String wireName) {
        for (ThrottleReason reason : ThrottleReason.values()) {
            if (reason.wireName().equals(wireName)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /**
     * What the platform would have classified the failure as: the REPORT's or INIT_REPORT's error type,
     * a platform error document's own type ({@code Sandbox.Timedout}, {@code Runtime.ExitError}), else
     * {@value #INFERRED_RUNTIME_ERROR_TYPE}.
     */
    private static String runtimeErrorType(byte[] body, InvocationReport report, RemoteLogTail tail) {
        if (report.status() != InvocationStatus.SUCCESS && report.errorType().isPresent()) {
            return report.errorType().get();
        }
        Optional<String> init = tail.initErrorType();
        if (init.isPresent()) {
            return init.get();
        }
        Optional<String> type = ForkedEnvironment.functionError(body, "").errorType();
        return type.filter(t -> t.matches("(Runtime|Sandbox|Function)\\.[A-Za-z]+")).orElse(INFERRED_RUNTIME_ERROR_TYPE);
    }
}
