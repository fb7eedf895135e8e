package dev.lambdaharness.core.internal.pool;

import dev.lambdaharness.core.AliasConfig;
import dev.lambdaharness.core.ExecutionEnvironment;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionMetrics;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvocationListener;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.PendingAsyncEvent;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.RequestIds;
import dev.lambdaharness.core.internal.Sandbox;
import dev.lambdaharness.core.internal.SandboxFactory;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.core.internal.concurrency.AccountConcurrency;
import dev.lambdaharness.core.internal.concurrency.ScalingWindow;
import dev.lambdaharness.core.internal.config.FunctionLimits;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One function as the runtime holds it, whatever handle a test invokes it by: its versions
 * ({@code $LATEST} and the published ones), its aliases, a pool of environments per version, its
 * reserved concurrency, and its share of the account's concurrency and scaling rate. Every
 * {@link LambdaFunction} of the function is a view of this, with or without a qualifier.
 */
public final class FunctionDeployment {

    /**
     * The reason a throttle for the scaling rate carries. Which reason Lambda gives when a function
     * starts new environments faster than 1,000 per 10 seconds is UNCONFIRMED (see docs/fidelity.md).
     */
    public static final ThrottleReason SCALING_THROTTLE_REASON = ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED;

    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");

    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

    private final String name;
    /** The key of its reservation in the account: two functions of one name in a runtime still count apart. */
    private final String accountKey;
    private final RuntimeClock clock;
    private final AtomicInteger environmentCounter;
    private final TimeLimits limits;
    private final List<InvocationListener> listeners;
    private final SandboxFactory plainEnvironments;
    private final AccountConcurrency account;
    private final TimerQueue timers;
    private final Duration idleTimeout;
    private final Random random;
    private final Activity activity;
    private final RuntimeSettings runtime;
    private final AsyncQueue async;
    private final MetricsRecorder metrics = new MetricsRecorder();
    private final ScalingWindow scaling = new ScalingWindow();
    private final Map<String, VersionPool> versions = new LinkedHashMap<>();
    private final Map<String, AliasConfig> aliases = new LinkedHashMap<>();
    private final List<Pooled> all = new ArrayList<>();
    private final Map<String, Provisioned> provisioned = new LinkedHashMap<>();
    /** The timer that reclaims idle environments, while any is idle; null otherwise. */
    private TimerQueue.Timer sweep;
    private OptionalInt reserved = OptionalInt.empty();
    /** On-demand invocations running now; those on provisioned environments are counted by their allocation. */
    private int running;
    private int published;
    private boolean closed;
    /** Whether invocations count their chain in the trace header's lineage: set when the runtime serves the Invoke API. */
    private volatile boolean tracksLineage;

    public FunctionDeployment(FunctionConfig config, FunctionCode code, RuntimeSettings runtime, SandboxFactory firstEnvironments,
            SandboxFactory plainEnvironments) {
        this.name = config.functionName();
        this.accountKey = name + "#" + DEPLOYMENTS.incrementAndGet();
        this.clock = runtime.clock();
        this.environmentCounter = runtime.environmentCounter();
        this.limits = runtime.limits();
        this.listeners = runtime.listeners();
        this.account = runtime.account();
        this.timers = runtime.timers();
        this.idleTimeout = runtime.idleTimeout();
        this.random = runtime.random();
        this.activity = runtime.activity();
        this.runtime = runtime;
        this.async = new AsyncQueue(this);
        this.plainEnvironments = plainEnvironments;
        versions.put(FunctionConfig.LATEST, new VersionPool(config, code, firstEnvironments));
        config.reservedConcurrency().ifPresent(executions -> putReserved(OptionalInt.of(executions)));
    }

    /**
     * What every function of one runtime shares.
     *
     * @param clock the runtime's clock
     * @param environmentCounter numbers environments across the runtime
     * @param limits the time limits enforced
     * @param listeners hear of invocations and throttles
     * @param account the account's concurrency
     * @param timers run idle expiry on the clock
     * @param idleTimeout how long an environment may stay idle
     * @param random picks a weighted alias's version
     * @param activity hears when invocations start and end, so a virtual clock knows when nothing runs
     */
    public record RuntimeSettings(RuntimeClock clock, AtomicInteger environmentCounter, TimeLimits limits,
            List<InvocationListener> listeners, AccountConcurrency account, TimerQueue timers, Duration idleTimeout,
            Random random, Activity activity, AsyncSettings async, Deliveries deliveries) {
    }

    /**
     * How the runtime runs asynchronous events.
     *
     * @param executor the threads their attempts run on
     * @param activity counts the attempts queued or running, for settling
     * @param workers how many events of one function run at once
     * @param duplicates the share of events delivered a second time, from 0 (none) to 1 (every one)
     */
    public record AsyncSettings(Executor executor, AsyncActivity activity, int workers, double duplicates) {
    }

    /** Takes what asynchronous invocations send to destinations and dead-letter targets. */
    public interface Deliveries {
        /**
         * Delivers a message to the destination or dead-letter target an ARN names.
         *
         * @param arn the target
         * @param body the invocation record, or the original event for a dead-letter target
         * @param attributes the dead-letter attributes, empty for a destination
         * @param failure whether it reports a failure (for EventBridge's {@code detail-type})
         * @param functionArn the qualified ARN of the function the record is of
         * @return whether it was delivered
         */
        boolean deliver(String arn, String body, Map<String, String> attributes, boolean failure, String functionArn);
    }

    /** Hears when invocations start and end. */
    public interface Activity {
        /** Nothing to hear. */
        Activity NONE = new Activity() {
            @Override
            public void started() {
            }

            @Override
            public void ended() {
            }
        };

        /** An invocation is about to run. */
        void started();

        /** An invocation ended. */
        void ended();
    }

    public String name() {
        return name;
    }

    public RuntimeClock clock() {
        return clock;
    }

    TimerQueue timers() {
        return timers;
    }

    AsyncSettings asyncSettings() {
        return runtime.async();
    }

    Random random() {
        return random;
    }

    Deliveries deliveries() {
        return runtime.deliveries();
    }

    public synchronized FunctionConfig latestConfig() {
        return versions.get(FunctionConfig.LATEST).config;
    }

    /** The configuration a qualifier runs: its version's, or for an alias its primary version's. */
    public synchronized FunctionConfig config(String qualifier) {
        return pool(versionOf(qualifier)).config;
    }

    public synchronized FunctionCode code(String qualifier) {
        return pool(versionOf(qualifier)).code;
    }

    // ---- invocations -------------------------------------------------------------------------

    public InvocationResult invoke(LambdaFunction handle, String qualifier, InvocationRequest request) {
        return invokeAs(handle, qualifier, request, RequestIds.next());
    }

    /** Queues an asynchronous invocation; its request id. */
    public String invokeAsync(LambdaFunction handle, String qualifier, InvocationRequest request) {
        if (closed) {
            throw new IllegalStateException("The runtime of function " + name
                    + " is closed. Invoke functions before closing their LambdaRuntime.");
        }
        if (qualifier != null) {
            checkQualifier(qualifier); // a qualifier that names nothing is refused now, as the Invoke API refuses it
        }
        return async.accept(handle, qualifier, request);
    }

    /** Queues an asynchronous invocation Lambda stops as a recursive loop: its event goes to the failure targets unrun. */
    public String stopAsync(LambdaFunction handle, String qualifier, InvocationRequest request) {
        if (closed) {
            throw new IllegalStateException("The runtime of function " + name
                    + " is closed. Invoke functions before closing their LambdaRuntime.");
        }
        if (qualifier != null) {
            checkQualifier(qualifier);
        }
        return async.acceptStopped(handle, qualifier, request);
    }

    /** Makes invocations count their chain in the trace header's lineage, and stop a recursive loop. */
    public void trackLineage() {
        tracksLineage = true;
    }

    /** Whether invocations count their chain in the trace header's lineage ({@link #trackLineage()}). */
    public boolean tracksLineage() {
        return tracksLineage;
    }

    /** What CloudWatch would show for this function so far. */
    public FunctionMetrics metrics() {
        return metrics.snapshot();
    }

    MetricsRecorder metricsRecorder() {
        return metrics;
    }

    /** How many invocations of this function run now, on-demand and provisioned. */
    public int concurrentExecutions() {
        return metrics.running();
    }

    /** Whether any asynchronous event of this function is not settled yet. */
    public boolean hasPendingAsync() {
        return async.hasPending();
    }

    /** The asynchronous events of this function not settled yet. */
    public List<PendingAsyncEvent> pendingAsync() {
        return async.pending();
    }

    InvocationResult invokeAs(LambdaFunction handle, String qualifier, InvocationRequest request, String requestId) {
        Lease lease;
        try {
            lease = acquire(qualifier);
        } catch (TooManyRequestsException throttle) {
            metrics.throttled();
            for (InvocationListener listener : listeners) {
                listener.throttled(handle, throttle);
            }
            throw throttle;
        }
        long started = System.nanoTime();
        InvocationResult result;
        activity.started();
        metrics.started(lease.provisioned);
        result = null;
        try {
            result = withExecutedVersion(lease.environment.sandbox.invoke(request, lease.invokedArn, requestId),
                    lease.version);
        } finally {
            activity.ended();
            metrics.ended(lease.provisioned, result == null ? 0.0 : result.report().durationMs(),
                    result == null || !result.succeeded());
            release(lease);
        }
        if (limits.stretched()) {
            logAgainstStretchedLimit(lease.environment.pool.config, result, (System.nanoTime() - started) / 1_000_000_000.0);
        }
        for (InvocationListener listener : listeners) {
            listener.invoked(handle, result);
        }
        return result;
    }

    private static InvocationResult withExecutedVersion(InvocationResult result, String version) {
        return version.equals(result.executedVersion()) ? result : new InvocationResult(result.requestId(),
                result.payload(), result.error().orElse(null), result.logs(), result.report(), version);
    }

    private synchronized Lease acquire(String qualifier) {
        if (closed) {
            throw new IllegalStateException("The runtime of function " + name
                    + " is closed. Invoke functions before closing their LambdaRuntime.");
        }
        String version = route(qualifier);
        String invokedArn = qualifier == null ? latestConfig().invokedFunctionArn() : arn() + ":" + qualifier;
        Provisioned allocation = qualifier == null ? null : provisioned.get(qualifier);
        if (allocation != null && allocation.pool == pool(version) && !allocation.idle.isEmpty()) {
            // Provisioned environments first; beyond them the invocation spills over to on-demand ones.
            return new Lease(allocation.idle.pollFirst(), version, invokedArn, false, true);
        }
        boolean unreserved = reserved.isEmpty();
        if (!unreserved) {
            int onDemand = reserved.getAsInt() - provisionedTotal();
            if (running >= onDemand) {
                throw new TooManyRequestsException(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED,
                        invokedArn, reserved.getAsInt() == 0
                                ? "its reserved concurrency is 0, so Lambda throttles every invocation. Reserve more"
                                        + " (putReservedConcurrency), or delete the reservation."
                                : running + " on-demand invocations of the function are running, its reserved concurrency"
                                        + (provisionedTotal() > 0 ? " (" + reserved.getAsInt() + ") less its provisioned"
                                                + " concurrency (" + provisionedTotal() + ")" : "") + ". Invoke fewer at"
                                        + " once, or reserve more (putReservedConcurrency).");
            }
        } else if (!account.tryAcquireUnreserved()) {
            throw new TooManyRequestsException(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, invokedArn,
                    account.unreservedRunning() + " invocations of functions without reserved concurrency are running, all"
                            + " the account's unreserved concurrency (" + account.unreserved() + " of its limit of "
                            + account.limit() + "). Invoke fewer at once, or raise the limit"
                            + " (LambdaRuntime.Builder.accountConcurrency).");
        }
        VersionPool pool = pool(version);
        Pooled environment = pool.idle.pollFirst();
        if (environment == null) {
            if (!scaling.tryStart(clock.currentTimeMillis())) {
                if (unreserved) {
                    account.releaseUnreserved();
                }
                throw new TooManyRequestsException(SCALING_THROTTLE_REASON, invokedArn, "the function started "
                        + ScalingWindow.ENVIRONMENTS_PER_WINDOW + " new environments in the last "
                        + ScalingWindow.WINDOW_MILLIS / 1000 + " seconds of the runtime's clock, Lambda's scaling rate."
                        + " Retry once the clock has moved on, or let invocations reuse warm environments.");
            }
            Sandbox sandbox = pool.factory.create(Integer.toString(environmentCounter.incrementAndGet()), pool.config,
                    pool.code, clock, InitializationType.ON_DEMAND);
            environment = new Pooled(sandbox, pool);
            all.add(environment);
        }
        running++;
        return new Lease(environment, version, invokedArn, unreserved, false);
    }

    private synchronized void release(Lease lease) {
        if (lease.provisioned) {
            releaseProvisioned(lease.environment);
            return;
        }
        running--;
        if (lease.unreserved) {
            account.releaseUnreserved();
        }
        Pooled environment = lease.environment;
        VersionPool pool = environment.pool;
        if (closed || environment.sandbox.discarded() || environment.sandbox.exited() || pool.retired) {
            environment.sandbox.close();
            return;
        }
        // Most recently used first, so consecutive invocations land on the same warm environment.
        environment.idleSince = clock.currentTimeMillis();
        pool.idle.addFirst(environment);
        if (sweep == null) {
            // One timer for all the idle environments, not one per invocation: a warm invocation schedules nothing.
            sweep = timers.at(environment.idleSince + idleTimeout.toMillis(), this::sweepIdle);
        }
    }

    /** Reclaims the environments idle for the idle timeout, and schedules itself for the next to be. */
    private void sweepIdle() {
        List<Pooled> reclaimed = new ArrayList<>();
        synchronized (this) {
            sweep = null;
            if (closed) {
                return;
            }
            long now = clock.currentTimeMillis();
            long timeout = idleTimeout.toMillis();
            long nextDue = Long.MAX_VALUE;
            for (VersionPool pool : versions.values()) {
                for (Iterator<Pooled> it = pool.idle.iterator(); it.hasNext(); ) {
                    Pooled environment = it.next();
                    if (now - environment.idleSince >= timeout) {
                        it.remove();
                        reclaimed.add(environment);
                    } else {
                        nextDue = Math.min(nextDue, environment.idleSince + timeout);
                    }
                }
            }
            if (nextDue != Long.MAX_VALUE) {
                sweep = timers.at(nextDue, this::sweepIdle);
            }
        }
        reclaimed.forEach(environment -> environment.sandbox.close());
    }


    /** The version an invocation by this qualifier runs; an alias with a second version picks one by its weight. */
    private String route(String qualifier) {
        AliasConfig alias = qualifier == null ? null : aliases.get(qualifier);
        if (alias == null) {
            return versionOf(qualifier);
        }
        if (alias.additionalVersion().isPresent() && random.nextDouble() < alias.additionalVersionWeight()) {
            return alias.additionalVersion().get();
        }
        return alias.functionVersion();
    }

    private String versionOf(String qualifier) {
        if (qualifier == null) {
            return FunctionConfig.LATEST;
        }
        if (versions.containsKey(qualifier)) {
            return qualifier;
        }
        AliasConfig alias = aliases.get(qualifier);
        if (alias != null) {
            return alias.functionVersion();
        }
        throw notFound(qualifier);
    }

    private VersionPool pool(String version) {
        return versions.get(version);
    }

    /** Checks that a qualifier names a version or alias of the function. */
    public synchronized void checkQualifier(String qualifier) {
        versionOf(qualifier);
    }

    private InvocationRejectedException notFound(String qualifier) {
        return new InvocationRejectedException("ResourceNotFoundException", 404, "Function " + name + " has no version"
                + " or alias '" + qualifier + "' (ResourceNotFoundException: Function not found: " + arn() + ":" + qualifier
                + "). It has the versions " + versions.keySet() + (aliases.isEmpty() ? " and no aliases"
                : " and the aliases " + aliases.keySet()) + ". Publish a version (publishVersion) or create the alias"
                + " (createAlias) first.");
    }

    // ---- versions and aliases ----------------------------------------------------------------

    public synchronized String publishVersion() {
        VersionPool latest = pool(FunctionConfig.LATEST);
        String version = Integer.toString(++published);
        FunctionConfig snapshot = latest.config.toBuilder().alias(null, version).build();
        versions.put(version, new VersionPool(snapshot, latest.code, plainEnvironments));
        return version;
    }

    public synchronized void updateLatest(FunctionConfig config, FunctionCode code) {
        VersionPool latest = pool(FunctionConfig.LATEST);
        if (!config.functionName().equals(name)) {
            throw new InvalidConfigurationException("functionName", config.functionName(), null, "The new configuration"
                    + " names function '" + config.functionName() + "', but this is function '" + name + "'. Keep the"
                    + " name: build it with functionName(\"" + name + "\"), or deploy another function for the new name.");
        }
        if (!FunctionConfig.LATEST.equals(config.version()) || config.alias().isPresent()) {
            throw new InvalidConfigurationException("version", config.version(), null, "An update changes $LATEST: its"
                    + " configuration names version " + config.version() + config.alias().map(a -> " and alias " + a)
                    .orElse("") + ". Leave version and alias out, and publish a version afterwards (publishVersion).");
        }
        if (!config.reservedConcurrency().equals(latest.config.reservedConcurrency())) {
            putReserved(config.reservedConcurrency());
        }
        // Lambda starts new environments for new code or configuration; the old ones serve no more.
        VersionPool updated = new VersionPool(config, code, plainEnvironments);
        versions.put(FunctionConfig.LATEST, updated);
        latest.retireAll();
    }

    public synchronized AliasConfig putAlias(boolean create, String alias, String version, String additionalVersion,
            double weight) {
        FunctionLimits.ALIAS.check(alias);
        if (create && aliases.containsKey(alias)) {
            throw new InvalidConfigurationException("name", alias, "ResourceConflictException", "Function " + name
                    + " already has an alias '" + alias + "' (ResourceConflictException: Alias already exists: " + arn()
                    + ":" + alias + "). Change it with updateAlias, or choose another name.");
        }
        if (!create && !aliases.containsKey(alias)) {
            throw new InvalidConfigurationException("name", alias, "ResourceNotFoundException", "Function " + name
                    + " has no alias '" + alias + "' (ResourceNotFoundException: Cannot find alias arn: " + arn() + ":"
                    + alias + "). Create it with createAlias; the aliases are " + aliases.keySet() + ".");
        }
        requireVersion("functionVersion", version);
        AliasConfig config;
        if (additionalVersion == null) {
            config = new AliasConfig(alias, version, Optional.empty(), 0.0);
        } else {
            checkRouting(alias, version, additionalVersion, weight);
            config = new AliasConfig(alias, version, Optional.of(additionalVersion), weight);
        }
        aliases.put(alias, config);
        return config;
    }

    private void checkRouting(String alias, String version, String additionalVersion, double weight) {
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new InvalidConfigurationException("routingConfig.additionalVersionWeights", additionalVersion + "=" + weight,
                    "ValidationException", "Alias " + alias + " gives version " + additionalVersion + " the weight "
                    + weight + ", outside 0 to 1 (ValidationException: 1 validation error detected: Value '{"
                    + additionalVersion + "=" + weight + "}' at 'routingConfig.additionalVersionWeights' failed to"
                    + " satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal"
                    + " to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]). Give a"
                    + " weight from 0 to 1, for example 0.1 for a tenth of the invocations.");
        }
        if (FunctionConfig.LATEST.equals(version) || FunctionConfig.LATEST.equals(additionalVersion)) {
            throw new InvalidConfigurationException("functionVersion", FunctionConfig.LATEST, "InvalidParameterValueException",
                    "Alias " + alias + " splits traffic with $LATEST (InvalidParameterValueException: $LATEST is not"
                    + " supported for an alias pointing to more than 1 version). Publish the versions (publishVersion)"
                    + " and point the alias at their numbers.");
        }
        if (additionalVersion.equals(version)) {
            throw new InvalidConfigurationException("routingConfig.additionalVersionWeights", additionalVersion,
                    "InvalidParameterValueException", "Alias " + alias + " names version " + version + " twice"
                    + " (InvalidParameterValueException: Invalid function version " + version + ". Function version "
                    + version + " is already included in routing configuration.). Name a second, different version.");
        }
        requireVersion("routingConfig.additionalVersionWeights", additionalVersion);
        FunctionConfig primary = pool(version).config;
        FunctionConfig second = pool(additionalVersion).config;
        if (!primary.deadLetter().equals(second.deadLetter())) {
            throw new InvalidConfigurationException("routingConfig.additionalVersionWeights", additionalVersion,
                    "InvalidParameterValueException", "Alias " + alias + " splits traffic between versions " + version
                    + " and " + additionalVersion + ", whose dead-letter configurations differ (" + primary.deadLetter()
                    + ", " + second.deadLetter() + "); Lambda refuses that (InvalidParameterValueException: "
                    + ALIAS_DEAD_LETTER_MESSAGE + "). Publish the versions with the same dead-letter configuration.");
        }
    }

    /**
     * Lambda's message when an alias splits traffic between versions whose dead-letter configurations
     * differ: the rule is documented, its exact text UNCONFIRMED (see docs/fidelity.md).
     */
    public static final String ALIAS_DEAD_LETTER_MESSAGE = "Routing configuration versions must have the same dead letter config";

    private void requireVersion(String setting, String version) {
        if (!versions.containsKey(version)) {
            throw new InvalidConfigurationException(setting, version, "ResourceNotFoundException", "Function " + name
                    + " has no version " + version + " (ResourceNotFoundException: Function not found: " + arn() + ":"
                    + version + "). Its versions are " + versions.keySet() + "; publish one first (publishVersion).");
        }
    }

    public synchronized List<String> versions() {
        return List.copyOf(versions.keySet());
    }

    public synchronized Map<String, AliasConfig> aliases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    // ---- concurrency -------------------------------------------------------------------------

    public synchronized void putReserved(OptionalInt executions) {
        executions.ifPresent(FunctionLimits.RESERVED_CONCURRENCY::check);
        int provisionedNow = provisionedTotal();
        if (executions.isPresent() && executions.getAsInt() < provisionedNow) {
            throw new InvalidConfigurationException("reservedConcurrentExecutions", Integer.toString(executions.getAsInt()),
                    "InvalidParameterValueException", "reservedConcurrentExecutions " + executions.getAsInt() + " of function '"
                    + name + "' is below its provisioned concurrency of " + provisionedNow + ", which comes out of its"
                    + " reservation. Reserve at least " + provisionedNow + ", or remove provisioned concurrency first.");
        }
        if (provisionedNow > 0) {
            // Provisioned concurrency comes out of the reservation when there is one, else out of the unreserved pool.
            account.provisionUnreserved(accountKey, name, executions.isPresent() ? 0 : provisionedNow);
        }
        account.reserve(accountKey, name, executions);
        reserved = executions;
    }

    public synchronized OptionalInt reserved() {
        return reserved;
    }

    // ---- provisioned concurrency -------------------------------------------------------------

    /**
     * How long an environment of provisioned concurrency serves before Lambda recycles it and runs INIT
     * in a new one. Lambda says only "every few hours" (UNCONFIRMED, see docs/fidelity.md).
     */
    public static final Duration PROVISIONED_ENVIRONMENT_LIFETIME = Duration.ofHours(2);

    /** The allocation of provisioned concurrency of one qualifier: its environments, initialised ahead. */
    private final class Provisioned {
        final String qualifier;
        final VersionPool pool;
        final int count;
        final Deque<Pooled> idle = new ArrayDeque<>();
        final List<Pooled> environments = new ArrayList<>();
        boolean deleted;

        Provisioned(String qualifier, VersionPool pool, int count) {
            this.qualifier = qualifier;
            this.pool = pool;
            this.count = count;
        }
    }

    /**
     * Allocates provisioned concurrency to a version or alias ({@code PutProvisionedConcurrencyConfig}):
     * that many environments, each initialised now, serving its invocations before on-demand ones.
     */
    public synchronized void putProvisioned(String qualifier, int executions) {
        if (qualifier == null || FunctionConfig.LATEST.equals(qualifier)) {
            throw new InvalidConfigurationException("qualifier", qualifier == null ? FunctionConfig.LATEST : qualifier,
                    "InvalidParameterValueException", "Provisioned concurrency goes on a published version or an alias,"
                    + " not on $LATEST (InvalidParameterValueException: Provisioned Concurrency Configs cannot be applied"
                    + " to unpublished function versions.). Publish a version (publishVersion()) and put it on that, or"
                    + " on an alias of it.");
        }
        FunctionLimits.PROVISIONED_CONCURRENCY.check(executions);
        String version = versionOf(qualifier);
        Provisioned previous = provisioned.get(qualifier);
        int others = provisionedTotal() - (previous == null ? 0 : previous.count);
        FunctionLimits.checkProvisionedWithinReserved(name, others + executions, executions, reserved);
        if (reserved.isEmpty()) {
            account.provisionUnreserved(accountKey, name, others + executions);
        }
        if (previous != null) {
            drop(previous);
        }
        Provisioned allocation = new Provisioned(qualifier, pool(version), executions);
        provisioned.put(qualifier, allocation);
        for (int i = 0; i < executions; i++) {
            Optional<InvocationResult> failed = allocate(allocation);
            if (failed.isPresent()) {
                drop(allocation);
                provisioned.remove(qualifier);
                if (reserved.isEmpty()) {
                    account.provisionUnreserved(accountKey, name, others);
                }
                InvocationResult result = failed.get();
                throw new IllegalStateException("Provisioned concurrency of " + arn() + ":" + qualifier + " failed"
                        + " (FUNCTION_ERROR_INIT_FAILURE): INIT of an environment did not end well, "
                        + result.error().map(error -> error.errorType().orElse(error.runtimeErrorType()) + ": "
                        + error.errorMessage()).orElse(result.report().status().wireName()) + ". Its log:\n"
                        + result.logText());
            }
        }
    }

    /** Starts one provisioned environment and runs its INIT; what INIT returned when it failed. */
    private Optional<InvocationResult> allocate(Provisioned allocation) {
        VersionPool pool = allocation.pool;
        Sandbox sandbox = pool.factory.create(Integer.toString(environmentCounter.incrementAndGet()), pool.config, pool.code,
                clock, InitializationType.PROVISIONED_CONCURRENCY);
        Pooled environment = new Pooled(sandbox, pool);
        environment.allocation = allocation;
        all.add(environment);
        Optional<InvocationResult> failed = sandbox.initialiseAhead();
        if (failed.isPresent()) {
            sandbox.close();
            return failed;
        }
        allocation.environments.add(environment);
        allocation.idle.addFirst(environment);
        environment.expiry = timers.at(clock.currentTimeMillis() + PROVISIONED_ENVIRONMENT_LIFETIME.toMillis(),
                () -> recycle(environment));
        return Optional.empty();
    }

    /** Lambda recycles a provisioned environment every few hours: INIT runs again in a new one. */
    private synchronized void recycle(Pooled environment) {
        Provisioned allocation = environment.allocation;
        if (allocation.deleted || closed) {
            return;
        }
        if (!allocation.idle.remove(environment)) {
            environment.recycle = true; // busy: replaced when its invocation ends
            return;
        }
        replace(environment);
    }

    private void replace(Pooled environment) {
        Provisioned allocation = environment.allocation;
        allocation.environments.remove(environment);
        environment.sandbox.close();
        allocate(allocation).ifPresent(failed -> LOG.log(System.Logger.Level.WARNING, "A provisioned environment of "
                + arn() + ":" + allocation.qualifier + " could not be replaced: its INIT failed. " + failed.logText()));
    }

    private void releaseProvisioned(Pooled environment) {
        Provisioned allocation = environment.allocation;
        if (closed || allocation.deleted) {
            environment.sandbox.close();
            return;
        }
        if (environment.recycle || environment.sandbox.discarded() || environment.sandbox.exited()) {
            // Lambda keeps the allocation: a reset or recycled environment is replaced by a new one, initialised ahead.
            replace(environment);
            return;
        }
        allocation.idle.addFirst(environment);
    }

    /** Removes the provisioned concurrency of a version or alias ({@code DeleteProvisionedConcurrencyConfig}). */
    public synchronized void deleteProvisioned(String qualifier) {
        Provisioned allocation = provisioned.remove(qualifier);
        if (allocation != null) {
            drop(allocation);
            if (reserved.isEmpty()) {
                account.provisionUnreserved(accountKey, name, provisionedTotal());
            }
        }
    }

    /** The provisioned concurrency of a version or alias, when it has one. */
    public synchronized OptionalInt provisioned(String qualifier) {
        Provisioned allocation = qualifier == null ? null : provisioned.get(qualifier);
        return allocation == null ? OptionalInt.empty() : OptionalInt.of(allocation.count);
    }

    private void drop(Provisioned allocation) {
        allocation.deleted = true;
        for (Pooled environment : allocation.idle) {
            environment.expiry.cancel();
            environment.sandbox.close();
        }
        allocation.idle.clear();
    }

    private int provisionedTotal() {
        return provisioned.values().stream().mapToInt(allocation -> allocation.count).sum();
    }

    // ---- environments ------------------------------------------------------------------------

    public synchronized List<ExecutionEnvironment> environments(String qualifier) {
        List<ExecutionEnvironment> list = new ArrayList<>();
        String version = qualifier == null ? null : versionOf(qualifier);
        AliasConfig alias = qualifier == null ? null : aliases.get(qualifier);
        for (Pooled environment : all) {
            String of = environment.sandbox.functionVersion();
            boolean matches = version == null || of.equals(version)
                    || (alias != null && alias.additionalVersion().map(of::equals).orElse(false));
            if (matches) {
                list.add(environment.sandbox);
            }
        }
        return list;
    }

    /** Stops the asynchronous events: those still pending are returned, to be reported, and never delivered. */
    public List<PendingAsyncEvent> closeAsync() {
        return async.close();
    }

    public synchronized void close() {
        closed = true;
        async.close();
        if (sweep != null) {
            sweep.cancel();
        }
        for (Pooled environment : all) {
            if (environment.expiry != null) {
                environment.expiry.cancel();
            }
            environment.sandbox.close();
        }
        versions.values().forEach(pool -> pool.idle.clear());
    }

    public String arn() {
        return latestConfig().functionArn();
    }

    /** Says how long a stretched invocation took against which limit, since its report cannot. */
    private void logAgainstStretchedLimit(FunctionConfig config, InvocationResult result, double seconds) {
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

    /** The environments of one version, idle ones most recently used first. */
    private final class VersionPool {
        final FunctionConfig config;
        final FunctionCode code;
        final SandboxFactory factory;
        final Deque<Pooled> idle = new ArrayDeque<>();
        boolean retired;

        VersionPool(FunctionConfig config, FunctionCode code, SandboxFactory factory) {
            this.config = config;
            this.code = code;
            this.factory = factory;
        }

        /** After an update of $LATEST: idle environments go now, busy ones when their invocation ends. */
        void retireAll() {
            retired = true;
            for (Pooled environment : idle) {
                environment.sandbox.close();
            }
            idle.clear();
        }
    }

    /** An environment in a pool: since when it is idle, and for a provisioned one the timer that recycles it. */
    private static final class Pooled {
        final Sandbox sandbox;
        final VersionPool pool;
        /** When it last became idle, on the runtime's clock. */
        long idleSince;
        /** A provisioned environment's recycling. */
        TimerQueue.Timer expiry;
        /** The allocation of provisioned concurrency it belongs to, or null for an on-demand environment. */
        Provisioned allocation;
        /** Due for recycling when its invocation ends. */
        boolean recycle;

        Pooled(Sandbox sandbox, VersionPool pool) {
            this.sandbox = sandbox;
            this.pool = pool;
        }
    }

    /** An environment taken for one invocation, and what the invocation counts against. */
    private record Lease(Pooled environment, String version, String invokedArn, boolean unreserved, boolean provisioned) {
    }
}
