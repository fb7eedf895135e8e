package dev.lambdaharness.core;

import dev.lambdaharness.internal.jackson.core.JsonFactory;
import dev.lambdaharness.internal.jackson.core.JsonParseException;
import dev.lambdaharness.internal.jackson.core.JsonParser;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.core.JsonToken;
import dev.lambdaharness.internal.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.internal.Sandbox;
import dev.lambdaharness.core.internal.SandboxFactory;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSide;
import dev.lambdaharness.events.json.JacksonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A function deployed into a {@link LambdaRuntime}: invoke it synchronously as Lambda's Invoke API
 * does. Each invocation takes an idle environment (warm) or starts a new one (cold); concurrent
 * invocations get environments of their own, since an environment serves one invocation at a time.
 *
 * <pre>{@code
 * LambdaFunction function = runtime.function(config, code);
 * InvocationResult first = function.invoke("{\"id\":1}");   // cold start
 * InvocationResult second = function.invoke("{\"id\":2}");  // warm: same environment
 * }</pre>
 *
 * <p>The payload boundary: {@code invoke(String)} and {@code invoke(byte[])} send the bytes as
 * they are, and so does {@code invoke(Object)} for a Jackson {@code JsonNode} (its compact JSON);
 * any other object is serialised with the Lambda runtime's serialiser for its class, so the
 * function receives what Lambda would deliver for it. (No {@code invoke(JsonNode)} overload: it
 * would make every {@code invoke} call need Jackson to compile.)
 */
public final class LambdaFunction {

    /** The Invoke API's limit on a synchronous request payload: 6 MiB. */
    public static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024;

    /**
     * The deepest nesting of objects and arrays a payload may have. Lambda's Invoke API parses
     * payloads with Jackson, whose default limit this is; that Lambda refuses deeper payloads with
     * {@code InvalidRequestContentException} is UNCONFIRMED (see docs/fidelity.md).
     */
    public static final int MAX_PAYLOAD_NESTING_DEPTH = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Counts the depth itself, so the refusal is the harness's at this depth whatever Jackson's own limit. */
    private static final JsonFactory PAYLOAD_JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");

    private final FunctionConfig config;
    private final FunctionCode code;
    private final RuntimeClock clock;
    private final AtomicInteger environmentCounter;
    private final SandboxFactory sandboxes;
    private final TimeLimits limits;
    private final List<InvocationListener> listeners;
    private final Deque<Sandbox> idle = new ArrayDeque<>();
    private final List<Sandbox> all = new ArrayList<>();
    private boolean closed;

    LambdaFunction(FunctionConfig config, FunctionCode code, RuntimeClock clock, AtomicInteger environmentCounter,
            TimeLimits limits, List<InvocationListener> listeners, SandboxFactory sandboxes) {
        this.limits = limits;
        this.listeners = listeners;
        this.config = config;
        this.code = code;
        this.clock = clock;
        this.environmentCounter = environmentCounter;
        this.sandboxes = sandboxes;
    }

    /** The function's configuration. */
    public FunctionConfig config() {
        return config;
    }

    /** The function's code. */
    public FunctionCode code() {
        return code;
    }

    /** Invokes with a payload given as text, sent as it is (it must be JSON, as Lambda requires). */
    public InvocationResult invoke(String payload) {
        return invoke(InvocationRequest.of(payload));
    }

    /** Invokes with payload bytes, sent as they are (they must be JSON, as Lambda requires). */
    public InvocationResult invoke(byte[] payload) {
        return invoke(InvocationRequest.of(payload));
    }

    /**
     * Invokes with an object serialised as the Lambda Java runtime serialises its class (the
     * aws-lambda-java-events serialisers for event classes, its Jackson settings for the rest); a
     * Jackson {@code JsonNode} is sent as its compact JSON, as it is.
     */
    public InvocationResult invoke(Object event) {
        if (event instanceof String) {
            return invoke((String) event);
        }
        if (event instanceof byte[]) {
            return invoke((byte[]) event);
        }
        if (JacksonTrees.isTree(event)) {
            return invoke(JacksonTrees.write((JsonNode) event));
        }
        if (event instanceof InvocationRequest) {
            return invoke((InvocationRequest) event);
        }
        if (event == null) {
            return invoke("null");
        }
        return invoke(InvocationRequest.of(RuntimeSide.writePayload(event)));
    }

    /**
     * Invokes with a full request: payload bytes plus client context, identity, trace header.
     *
     * @throws InvocationRejectedException when Lambda's Invoke API would refuse the payload
     */
    public InvocationResult invoke(InvocationRequest request) {
        byte[] payload = request.payload();
        checkPayload(payload);
        Sandbox environment = acquire();
        long started = System.nanoTime();
        InvocationResult result;
        try {
            result = environment.invoke(request);
        } finally {
            release(environment);
        }
        if (limits.stretched()) {
            logAgainstStretchedLimit(result, (System.nanoTime() - started) / 1_000_000_000.0);
        }
        for (InvocationListener listener : listeners) {
            listener.invoked(this, result);
        }
        return result;
    }

    /** The environments this function has started, in the order they started, discarded ones too. */
    public synchronized List<ExecutionEnvironment> environments() {
        return List.copyOf(all);
    }

    synchronized void close() {
        closed = true;
        all.forEach(Sandbox::close);
        idle.clear();
    }

    private synchronized Sandbox acquire() {
        if (closed) {
            throw new IllegalStateException("The runtime of function " + config.functionName()
                    + " is closed. Invoke functions before closing their LambdaRuntime.");
        }
        // Most recently used first, so consecutive invocations land on the same warm environment.
        Sandbox environment = idle.pollFirst();
        if (environment == null) {
            environment = sandboxes.create(Integer.toString(environmentCounter.incrementAndGet()), config, code, clock);
            all.add(environment);
        }
        return environment;
    }

    private synchronized void release(Sandbox environment) {
        if (environment.discarded() || environment.exited()) {
            environment.close();
        } else if (closed) {
            environment.close();
        } else {
            idle.addFirst(environment);
        }
    }

    /** Says how long a stretched invocation took against which limit, since its report cannot. */
    private void logAgainstStretchedLimit(InvocationResult result, double seconds) {
        long timeout = config.timeout().toSeconds();
        String limit = String.format(Locale.ROOT, "%.2f", limits.timeoutMs(config) / 1000.0);
        String took = String.format(Locale.ROOT, "%.2f", seconds);
        if (result.report().status() == InvocationStatus.TIMEOUT) {
            LOG.log(System.Logger.Level.WARNING, "Function " + config.functionName() + ", request "
                    + result.requestId() + ": timed out after " + took + " s against its timeout of " + timeout
                    + " s scaled by " + limits.scale() + " to " + limit + " s.");
        } else if (result.report().durationMs() > config.timeout().toMillis()) {
            LOG.log(System.Logger.Level.WARNING, "Function " + config.functionName() + ", request "
                    + result.requestId() + ": ran " + String.format(Locale.ROOT, "%.2f",
                    result.report().durationMs() / 1000.0) + " s, over its timeout of " + timeout
                    + " s; on Lambda it would have timed out. It did not here because timeouts are scaled by "
                    + limits.scale() + " (to " + limit + " s).");
        }
    }

    private static void checkPayload(byte[] payload) {
        if (payload.length > MAX_REQUEST_BYTES) {
            throw new InvocationRejectedException("RequestTooLargeException", "The payload is " + payload.length
                    + " bytes: Lambda refuses it (RequestTooLargeException: Request must be smaller than "
                    + MAX_REQUEST_BYTES + " bytes for the InvokeFunction operation). Send less than 6 MB, for"
                    + " example by passing a reference to an S3 object instead.");
        }
        if (payload.length == 0) {
            return;
        }
        try (JsonParser parser = PAYLOAD_JSON.createParser(payload)) {
            // One value and nothing after it: reading its tokens is what proves it well-formed.
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_PAYLOAD_NESTING_DEPTH) {
                    throw new InvocationRejectedException("InvalidRequestContentException", "The payload nests"
                            + " objects and arrays more than " + MAX_PAYLOAD_NESTING_DEPTH + " levels deep: Lambda"
                            + " refuses it (InvalidRequestContentException: Could not parse request body into json)."
                            + " Nest at most " + MAX_PAYLOAD_NESTING_DEPTH + " levels, for example by sending the"
                            + " deep part as a JSON string.");
                }
                if (token.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    break;
                }
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Unexpected content after the JSON value: " + trailing);
            }
        } catch (JsonProcessingException e) {
            String start = new String(payload, 0, Math.min(payload.length, 80), StandardCharsets.UTF_8);
            throw new InvocationRejectedException("InvalidRequestContentException", "The payload is not JSON: Lambda"
                    + " refuses it (InvalidRequestContentException: Could not parse request body into json: "
                    + e.getOriginalMessage() + "). It starts with: " + start + ". Send a JSON document; a plain"
                    + " string must be quoted, for example \"\\\"hello\\\"\".");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the payload", e);
        }
    }
}
