package dev.lambdaharness.core;

import dev.lambdaharness.internal.jackson.core.JsonFactory;
import dev.lambdaharness.internal.jackson.core.JsonParseException;
import dev.lambdaharness.internal.jackson.core.JsonParser;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.core.JsonToken;
import dev.lambdaharness.internal.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.internal.TraceLineage;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import dev.lambdaharness.core.internal.remote.RemoteFunction;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSide;
import dev.lambdaharness.events.json.JacksonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A function deployed into a {@link LambdaRuntime}: invoke it synchronously as Lambda's Invoke API
 * does. Each invocation takes an idle environment (warm, the most recently used first) or starts a
 * new one (cold); concurrent invocations get environments of their own, since an environment serves
 * one invocation at a time. An environment left idle for the runtime's idle timeout is reclaimed.
 *
 * <pre>{@code
 * LambdaFunction function = runtime.function(config, code);
 * InvocationResult first = function.invoke("{\"id\":1}");   // cold start
 * InvocationResult second = function.invoke("{\"id\":2}");  // warm: same environment
 * }</pre>
 *
 * <p><b>Versions and aliases.</b> A function starts with {@code $LATEST}, which
 * {@link #updateConfiguration} and {@link #updateCode} change; {@link #publishVersion()} snapshots
 * it as version 1, 2, …, which never change; an alias points at a version and may send a share of
 * its invocations to a second one. Each is a handle of its own, invoked as Lambda's Invoke API is
 * with a {@code Qualifier}; every version has its own environments.
 *
 * <pre>{@code
 * LambdaFunction v1 = function.publishVersion();
 * function.updateCode(newCode);
 * LambdaFunction v2 = function.publishVersion();
 * LambdaFunction live = function.createAlias("live", "1", "2", 0.1);
 * live.invoke("{}").executedVersion(); // "1" nine times in ten, "2" otherwise
 * }</pre>
 *
 * <p><b>Concurrency.</b> An invocation beyond the function's reserved concurrency, the account's
 * unreserved concurrency or Lambda's scaling rate is throttled: {@link TooManyRequestsException}.
 *
 * <p>The payload boundary: {@code invoke(String)} and {@code invoke(byte[])} send the bytes as
 * they are, and so does {@code invoke(Object)} for a Jackson {@code JsonNode} (its compact JSON);
 * any other object is serialised with the Lambda runtime's serialiser for its class, so the
 * function receives what Lambda would deliver for it. (No {@code invoke(JsonNode)} overload: it
 * would make every {@code invoke} call need Jackson to compile.)
 *
 * <p><b>Remote functions.</b> A function deployed with {@link Isolation#REMOTE} is the one deployed on
 * AWS (or behind another Invoke API) that {@link RemoteConfig} names: {@code invoke} and
 * {@code invokeAsync} call it through the AWS SDK's {@code LambdaClient}, and the result's logs and
 * report are read from the log tail Lambda returns, so a test's assertions stay as they are. What only
 * a local runtime can do (versions, aliases, concurrency settings, environments, metrics) throws
 * {@link UnsupportedOperationException} naming the operation; see {@code docs/remote.md}.
 *
 * <pre>{@code
 * LambdaFunction deployed = runtime.function(config, code, Isolation.REMOTE);
 * assertThat(deployed.invoke("{}").report().durationMs()).isPositive();
 * }</pre>
 */
public final class LambdaFunction {


    /** The Invoke API's limit on a synchronous request payload: 6 MiB. */
    public static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024;

    /** The Invoke API's limit on an asynchronous request payload: 1 MiB. */
    public static final int MAX_ASYNC_REQUEST_BYTES = 1024 * 1024;

    /**
     * The deepest nesting of objects and arrays a payload may have. Lambda's Invoke API parses
     * payloads with Jackson, whose default limit this is; that Lambda refuses deeper payloads with
     * {@code InvalidRequestContentException} is UNCONFIRMED (see docs/fidelity.md).
     */
    public static final int MAX_PAYLOAD_NESTING_DEPTH = 1000;

    private static final String VERSIONS = "Publish versions and aliases with the tool that deploys the function"
            + " (SAM, CDK, CloudFormation) and name one with qualified(\"live\") or the function mapping"
            + " (lambdaharness.remote.function.<name>=<deployed>:<qualifier>), or run this test in-process or forked.";
    private static final String DEPLOYING = "Change the deployed function with the tool that deploys it (SAM, CDK,"
            + " CloudFormation), or run this test in-process or forked.";
    private static final String CONCURRENCY = "Set concurrency with the tool that deploys the function, or run this test"
            + " in-process or forked.";
    private static final String METRICS = "Read them in CloudWatch, or run this test in-process or forked; each result's"
            + " report() carries the figures Lambda returns.";

    /** Counts the depth itself, so the refusal is the harness's at this depth whatever Jackson's own limit. */
    private static final JsonFactory PAYLOAD_JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();


    /** The local function, or null for a remote one. */
    private final FunctionDeployment deployment;
    /** The deployed function a remote handle invokes, or null for a local one. */
    private final RemoteFunction remote;
    /** The code a remote function was declared with, which it does not run. */
    private final FunctionCode remoteCode;
    /** The version or alias this handle names, or null for the unqualified function. */
    private final String qualifier;

    LambdaFunction(FunctionDeployment deployment, String qualifier) {
        this.deployment = deployment;
        this.remote = null;
        this.remoteCode = null;
        this.qualifier = qualifier;
    }

    LambdaFunction(RemoteFunction remote, FunctionCode code, String qualifier) {
        this.deployment = null;
        this.remote = remote;
        this.remoteCode = code;
        this.qualifier = qualifier;
    }

    /**
     * The configuration this handle runs: {@code $LATEST}'s, its version's, or its alias's version's. For a
     * remote function, the configuration the test declared, not the deployed one's.
     */
    public FunctionConfig config() {
        return remote != null ? remote.config() : deployment.config(qualifier);
    }

    /** The code this handle runs; for a remote function, the code it was declared with. */
    public FunctionCode code() {
        return remote != null ? remoteCode : deployment.code(qualifier);
    }

    /** Whether this is a deployed function invoked through the Invoke API ({@link Isolation#REMOTE}). */
    public boolean remote() {
        return remote != null;
    }

    /** The version or alias this handle names; empty for the unqualified function, which runs {@code $LATEST}. */
    public Optional<String> qualifier() {
        return Optional.ofNullable(qualifier);
    }

    /**
     * The ARN this handle invokes by: unqualified, or qualified with its version or alias. For a remote
     * function, what it invokes by: the deployed name, or the ARN when it was mapped to one.
     */
    public String arn() {
        String base = remote != null ? remote.target() : deployment.arn();
        return qualifier == null ? base : base + ":" + qualifier;
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
        return invoke(event instanceof InvocationRequest request ? request : InvocationRequest.of(payloadOf(event)));
    }

    /** The bytes an event is sent as: text and bytes as they are, a JSON tree as its JSON, anything else serialised. */
    private static byte[] payloadOf(Object event) {
        if (event instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (event instanceof byte[] bytes) {
            return bytes;
        }
        if (JacksonTrees.isTree(event)) {
            return JacksonTrees.write((JsonNode) event);
        }
        if (event == null) {
            return "null".getBytes(StandardCharsets.UTF_8);
        }
        return RuntimeSide.writePayload(event);
    }

    /**
     * Invokes with a full request: payload bytes plus client context, identity, trace header.
     *
     * @throws InvocationRejectedException when Lambda's Invoke API would refuse the payload
     * @throws TooManyRequestsException when Lambda would throttle the invocation
     * @throws RecursiveInvocationException when Lambda would stop the invocation as a recursive loop
     */
    public InvocationResult invoke(InvocationRequest request) {
        checkPayload(request.payload());
        if (remote != null) {
            return remote.invoke(this, qualifier, request);
        }
        if (deployment.tracksLineage()) {
            request = lineageOf(request).orElseThrow(() -> new RecursiveInvocationException(arn()));
        }
        return deployment.invoke(this, qualifier, request);
    }

    /** The request with this invocation counted in its trace header's lineage; empty when Lambda would stop it as a loop. */
    private Optional<InvocationRequest> lineageOf(InvocationRequest request) {
        return TraceLineage.next(request.traceHeader().orElse(null), deployment.arn(), deployment.clock(), config().tracing())
                .map(request::withTraceHeader);
    }

    /**
     * Invokes asynchronously ({@code InvocationType: Event}): the event is queued and 202 answered at
     * once. The function runs it on the runtime's threads; on a function error or timeout Lambda retries
     * it after 1 and 2 minutes on the runtime's clock ({@link FunctionConfig#asyncInvoke()}), and its
     * outcome goes to the configured destination or dead-letter target ({@link LambdaRuntime#destination}).
     * A client context is not passed on, as Lambda drops it for asynchronous invocations.
     *
     * <pre>{@code
     * AsyncInvocation accepted = function.invokeAsync("{\"orderId\":1}");
     * runtime.settleAsync(Duration.ofSeconds(10));
     * }</pre>
     *
     * @throws InvocationRejectedException when the payload is not JSON or over 1 MB, or the qualifier names nothing
     */
    public AsyncInvocation invokeAsync(Object event) {
        return invokeAsync(event instanceof InvocationRequest request ? request : InvocationRequest.of(payloadOf(event)));
    }

    /** Invokes asynchronously with a full request; as {@link #invokeAsync(Object)}. */
    public AsyncInvocation invokeAsync(InvocationRequest request) {
        byte[] payload = request.payload();
        if (payload.length > MAX_ASYNC_REQUEST_BYTES) {
            throw new InvocationRejectedException("RequestTooLargeException", "The payload is " + payload.length
                    + " bytes: Lambda refuses it for an asynchronous invocation (RequestTooLargeException: Request must be"
                    + " smaller than " + MAX_ASYNC_REQUEST_BYTES + " bytes for the InvokeFunction operation). Send less"
                    + " than 1 MB, for example by passing a reference to an S3 object instead.");
        }
        checkPayload(payload);
        if (remote != null) {
            return new AsyncInvocation(remote.invokeAsync(qualifier, request), arn());
        }
        if (deployment.tracksLineage()) {
            Optional<InvocationRequest> counted = lineageOf(request);
            if (counted.isEmpty()) {
                // Accepted, as Lambda accepts it, and sent to the failure targets without running.
                return new AsyncInvocation(deployment.stopAsync(this, qualifier, request), arn());
            }
            request = counted.get();
        }
        return new AsyncInvocation(deployment.invokeAsync(this, qualifier, request), arn());
    }

    /**
     * The environments this function has started, in the order they started, discarded and
     * reclaimed ones too; for a version or alias handle, those of its versions.
     */
    public List<ExecutionEnvironment> environments() {
        return local("environments", "Lambda does not show a deployed function's environments.")
                .environments(qualifier);
    }

    /**
     * The same function named by a version ({@code "3"}, {@code "$LATEST"}) or an alias ({@code "live"}),
     * as the Invoke API's {@code Qualifier} names it.
     *
     * @throws InvocationRejectedException ({@code ResourceNotFoundException}) when the function has no such version or alias
     */
    public LambdaFunction qualified(String qualifier) {
        Objects.requireNonNull(qualifier, "qualifier: pass \"$LATEST\", a version number or an alias name");
        if (remote != null) {
            remote.dryRun(qualifier);
            return new LambdaFunction(remote, remoteCode, qualifier);
        }
        deployment.checkQualifier(qualifier);
        return new LambdaFunction(deployment, qualifier);
    }

    /**
     * Publishes {@code $LATEST} as a new version ({@code PublishVersion}): an immutable snapshot of its
     * configuration and code, numbered from 1.
     *
     * @return the handle of the new version
     */
    public LambdaFunction publishVersion() {
        FunctionDeployment local = local("publishVersion", VERSIONS);
        return new LambdaFunction(local, local.publishVersion());
    }

    /** The function's versions: {@code $LATEST}, then the published ones in order. */
    public List<String> versions() {
        return local("versions", VERSIONS).versions();
    }

    /** The function's aliases by name. */
    public Map<String, AliasConfig> aliases() {
        return local("aliases", VERSIONS).aliases();
    }

    /**
     * Creates an alias pointing at a version ({@code CreateAlias}).
     *
     * @return the alias's handle
     * @throws InvalidConfigurationException when the name is taken or not an alias name, or the version does not exist
     */
    public LambdaFunction createAlias(String name, String version) {
        local("createAlias", VERSIONS).putAlias(true, name, version, null, 0.0);
        return new LambdaFunction(deployment, name);
    }

    /**
     * Creates an alias that sends {@code additionalWeight} of its invocations to {@code additionalVersion}
     * and the rest to {@code version} ({@code RoutingConfig.AdditionalVersionWeights}).
     *
     * @throws InvalidConfigurationException with Lambda's error when a weight is outside 0 to 1, a version is
     *     {@code $LATEST} or does not exist, the two are the same, or their dead-letter configurations differ
     */
    public LambdaFunction createAlias(String name, String version, String additionalVersion, double additionalWeight) {
        local("createAlias", VERSIONS).putAlias(true, name, version, Objects.requireNonNull(additionalVersion,
                "additionalVersion"),
                additionalWeight);
        return new LambdaFunction(deployment, name);
    }

    /** Points an existing alias at a version, without a second one ({@code UpdateAlias}). */
    public LambdaFunction updateAlias(String name, String version) {
        local("updateAlias", VERSIONS).putAlias(false, name, version, null, 0.0);
        return new LambdaFunction(deployment, name);
    }

    /** Points an existing alias at two versions with a weight for the second ({@code UpdateAlias}). */
    public LambdaFunction updateAlias(String name, String version, String additionalVersion, double additionalWeight) {
        local("updateAlias", VERSIONS).putAlias(false, name, version, Objects.requireNonNull(additionalVersion,
                "additionalVersion"),
                additionalWeight);
        return new LambdaFunction(deployment, name);
    }

    /**
     * Replaces {@code $LATEST}'s configuration ({@code UpdateFunctionConfiguration}); its idle
     * environments are retired, so the next invocation of {@code $LATEST} is cold. Published versions
     * keep theirs.
     *
     * @throws InvalidConfigurationException when the configuration names another function, a version or an alias
     * @throws IllegalStateException on the handle of a version or alias, which cannot change
     */
    public void updateConfiguration(FunctionConfig config) {
        local("updateConfiguration", DEPLOYING);
        requireLatest("updateConfiguration");
        deployment.updateLatest(Objects.requireNonNull(config, "config"), deployment.code(null));
    }

    /** Replaces {@code $LATEST}'s code ({@code UpdateFunctionCode}); as {@link #updateConfiguration}. */
    public void updateCode(FunctionCode code) {
        local("updateCode", DEPLOYING);
        requireLatest("updateCode");
        deployment.updateLatest(deployment.latestConfig(), Objects.requireNonNull(code, "code"));
    }

    /**
     * Reserves concurrency for the function ({@code PutFunctionConcurrency}): at most that many of its
     * invocations run at once, and that many are kept from other functions; 0 throttles every invocation.
     *
     * @throws InvalidConfigurationException when the value is outside 0 to 1000, or would leave the account less
     *     unreserved concurrency than its minimum (Lambda's {@code InvalidParameterValueException})
     */
    public void putReservedConcurrency(int executions) {
        local("putReservedConcurrency", CONCURRENCY).putReserved(OptionalInt.of(executions));
    }

    /** Removes the function's reserved concurrency ({@code DeleteFunctionConcurrency}). */
    public void deleteReservedConcurrency() {
        local("deleteReservedConcurrency", CONCURRENCY).putReserved(OptionalInt.empty());
    }

    /**
     * Allocates provisioned concurrency to this version or alias ({@code PutProvisionedConcurrencyConfig}):
     * that many environments start now, with {@code AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency},
     * and run INIT before this returns. Invocations through this handle use them first (warm: no
     * {@code Init Duration} in their REPORT) and spill over to on-demand environments beyond them. The
     * allocation counts against the function's reserved concurrency, or else the account's unreserved
     * concurrency, all the time it exists.
     *
     * <pre>{@code
     * LambdaFunction live = function.createAlias("live", function.publishVersion().qualifier().orElseThrow());
     * live.putProvisionedConcurrency(2);
     * live.invoke("{}").report().coldStart(); // false
     * }</pre>
     *
     * @throws InvalidConfigurationException on the unqualified function or {@code $LATEST} (Lambda's
     *     {@code InvalidParameterValueException}), outside 1 to 1000, above the reserved concurrency, or
     *     beyond what the account's unreserved concurrency can give
     * @throws IllegalStateException when the INIT of an environment fails ({@code FUNCTION_ERROR_INIT_FAILURE}),
     *     with its error and log; nothing stays allocated
     */
    public void putProvisionedConcurrency(int executions) {
        local("putProvisionedConcurrency", CONCURRENCY).putProvisioned(qualifier, executions);
    }

    /** Removes this version's or alias's provisioned concurrency ({@code DeleteProvisionedConcurrencyConfig}). */
    public void deleteProvisionedConcurrency() {
        local("deleteProvisionedConcurrency", CONCURRENCY).deleteProvisioned(qualifier);
    }

    /** This version's or alias's provisioned concurrency, when it has one. */
    public OptionalInt provisionedConcurrency() {
        return local("provisionedConcurrency", CONCURRENCY).provisioned(qualifier);
    }

    /**
     * How many invocations of this function run now, on all its versions: CloudWatch's
     * {@code ConcurrentExecutions} at this moment. A function is idle when it is 0.
     *
     * <pre>{@code
     * assertThat(function.concurrentExecutions()).isZero();
     * }</pre>
     */
    public int concurrentExecutions() {
        return local("concurrentExecutions", METRICS).concurrentExecutions();
    }

    /**
     * What CloudWatch would show for the function so far, under CloudWatch's names: invocations,
     * errors, throttles, durations, concurrency and the asynchronous events' fates. For the whole
     * function, whichever handle asks.
     */
    public FunctionMetrics metrics() {
        return local("metrics", METRICS).metrics();
    }

    /** The function's reserved concurrency, when it has one. */
    public OptionalInt reservedConcurrency() {
        return local("reservedConcurrency", CONCURRENCY).reserved();
    }

    @Override
    public String toString() {
        return "LambdaFunction[" + arn() + "]";
    }

    void close() {
        if (deployment != null) {
            deployment.close();
        }
    }

    RuntimeClock clock() {
        return remote != null ? remote.clock() : deployment.clock();
    }

    /**
     * The local function, for an operation only a local runtime can do.
     *
     * @throws UnsupportedOperationException naming the operation, when the function is remote
     */
    FunctionDeployment local(String operation, String why) {
        if (remote != null) {
            throw remote.unsupported(operation, why);
        }
        return deployment;
    }

    private void requireLatest(String operation) {
        if (qualifier != null && !FunctionConfig.LATEST.equals(qualifier)) {
            throw new IllegalStateException(operation + " changes $LATEST, but this handle names " + qualifier + ", which"
                    + " cannot change. Call it on the unqualified function (runtime.function(...)), then publishVersion().");
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
