package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.SandboxFactory;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.core.internal.concurrency.AccountConcurrency;
import dev.lambdaharness.core.internal.esm.BrokerFilters;
import dev.lambdaharness.core.internal.esm.EventFilter;
import dev.lambdaharness.core.internal.esm.KafkaPoller;
import dev.lambdaharness.core.internal.esm.LocalKafkaTopic;
import dev.lambdaharness.core.internal.esm.LocalMqQueue;
import dev.lambdaharness.core.internal.esm.MqPoller;
import dev.lambdaharness.core.internal.esm.LocalDynamoDbTable;
import dev.lambdaharness.core.internal.esm.LocalKinesisStream;
import dev.lambdaharness.core.internal.esm.LocalSqsQueue;
import dev.lambdaharness.core.internal.esm.Poller;
import dev.lambdaharness.core.internal.esm.RecordFilter;
import dev.lambdaharness.core.internal.esm.ShardedLog;
import dev.lambdaharness.core.internal.esm.SqsPoller;
import dev.lambdaharness.core.internal.esm.StreamPoller;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import dev.lambdaharness.core.internal.forked.ForkedOptions;
import dev.lambdaharness.core.internal.forked.ForkedSpares;
import dev.lambdaharness.core.internal.forked.PrivateTmp;
import dev.lambdaharness.core.internal.fronts.AlbFront;
import dev.lambdaharness.core.internal.fronts.ApiStage;
import dev.lambdaharness.core.internal.fronts.CorsFront;
import dev.lambdaharness.core.internal.fronts.Front;
import dev.lambdaharness.core.internal.fronts.FrontServer;
import dev.lambdaharness.core.internal.fronts.FunctionUrlFront;
import dev.lambdaharness.core.internal.fronts.HttpApiFront;
import dev.lambdaharness.core.internal.fronts.RestApiFront;
import dev.lambdaharness.core.internal.fronts.Routes;
import dev.lambdaharness.core.internal.invokeapi.InvokeApiServer;
import dev.lambdaharness.core.internal.policy.Placement;
import dev.lambdaharness.core.internal.policy.PlacementPolicy;
import dev.lambdaharness.core.internal.policy.TimeoutScale;
import dev.lambdaharness.core.internal.pool.AsyncActivity;
import dev.lambdaharness.core.internal.pool.EventBridgeEnvelope;
import dev.lambdaharness.core.internal.pool.FunctionDeployment;
import dev.lambdaharness.core.internal.remote.RemoteFunction;
import dev.lambdaharness.core.internal.remote.RemoteTransport;
import dev.lambdaharness.core.internal.remote.RemoteTransports;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSide;
import dev.lambdaharness.core.internal.template.TemplateSources;
import dev.lambdaharness.core.internal.xray.XRayDaemonSink;
import dev.lambdaharness.core.template.FunctionAlias;
import dev.lambdaharness.core.template.FunctionVersion;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.core.template.TemplateFunction;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The Lambda service in miniature for one test: it owns the functions deployed into it and their
 * execution environments, and closing it shuts them all down.
 *
 * <pre>{@code
 * try (LambdaRuntime runtime = LambdaRuntime.create()) {
 *     LambdaFunction hello = runtime.function(
 *             FunctionConfig.builder("com.example.Hello::handleRequest").build(),
 *             FunctionCode.fromPaths(Path.of("target/classes")));
 *     InvocationResult result = hello.invoke("\"world\"");
 * }
 * }</pre>
 */
public final class LambdaRuntime implements AutoCloseable {

    /**
     * The system property that turns strict runtime checking on ({@code true}) for runtimes built
     * without {@link Builder#strictRuntime(boolean)}; the JUnit extension also reads it as a
     * configuration parameter ({@code junit-platform.properties}).
     */
    public static final String STRICT_RUNTIME_PROPERTY = "lambdaharness.runtime.strict";

    /**
     * How long an environment may stay idle before the runtime reclaims it, unless
     * {@link Builder#idleTimeout(Duration)} says otherwise. Lambda does not document it (UNCONFIRMED,
     * see docs/fidelity.md); observed idle lifetimes run from 5 to 15 minutes, and AWS's own sample
     * logs show an environment shut down about 6 minutes after its last invocation.
     */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(6);

    /**
     * How many asynchronous events of one function the runtime runs at once, unless
     * {@link Builder#asyncWorkers(int)} says otherwise. Lambda scales a function's asynchronous
     * invocations up to its concurrency; the harness runs at most this many at a time and keeps the
     * others queued, so that a thousand events cost a few warm environments, not a thousand threads
     * and cold starts (see docs/async.md).
     */
    public static final int DEFAULT_ASYNC_WORKERS = 16;

    /**
     * The variable through which a function's AWS SDK finds this runtime's Invoke API
     * ({@link Builder#invokeApi(boolean)}): the SDK's service-specific endpoint variable for Lambda.
     */
    public static final String INVOKE_API_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_LAMBDA";

    /** Lambda's default concurrency limit of an account, unless {@link Builder#accountConcurrency(int)} says otherwise. */
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = AccountConcurrency.DEFAULT_LIMIT;

    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");
    /** What was said already: a test suite builds a runtime per test, and one warning is enough. */
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private final RuntimeClock clock;
    private final ForkedOptions forkedOptions;
    private final PlacementPolicy policy;
    private final TimeLimits limits;
    private final List<InvocationListener> listeners;
    private final Isolation defaultIsolation;
    private final AtomicInteger environmentCounter = new AtomicInteger();
    private final List<FunctionDeployment> functions = new ArrayList<>();
    private final AccountConcurrency account;
    private final TimerQueue timers;
    private final FunctionDeployment.RuntimeSettings settings;
    private final ExecutorService asyncExecutor;
    private final AsyncActivity asyncActivity = new AsyncActivity();
    private final Map<String, DestinationSink> sinks = new LinkedHashMap<>();
    private final Map<String, SqsQueue> queues = new LinkedHashMap<>();
    private final Map<String, KinesisStream> streams = new LinkedHashMap<>();
    private final Map<String, DynamoDbTable> tables = new LinkedHashMap<>();
    private final Map<String, KafkaTopic> kafkaTopics = new LinkedHashMap<>();
    private final Map<String, MqQueue> mqQueues = new LinkedHashMap<>();
    private final List<EventSourceMapping> mappings = new ArrayList<>();
    /** Runs the batches of event source mappings, apart from asynchronous invocations. */
    private final ExecutorService pollerExecutor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "lambda-harness-poller");
        thread.setDaemon(true);
        return thread;
    });
    private List<PendingAsyncEvent> pendingAtClose = List.of();
    private final List<ForkedSpares> spares = new ArrayList<>();
    private final XRayDaemonSink xrayDaemon;
    /** Set once, by the builder, before the runtime is handed out; null for spares of the runtime's own. */
    private SparePool sparePool;
    /** Set once, by the builder, when it asked for the Invoke API; null otherwise. */
    private InvokeApiServer invokeApi;
    /** Where functions deployed with Isolation.REMOTE are. */
    private final RemoteConfig remoteConfig;
    /** The client of the remote functions, opened with the first of them and closed with the runtime; null before. */
    private RemoteTransport remoteTransport;
    /** The HTTP fronts served on request, closed with the runtime. */
    private final List<FrontServer> fronts = new ArrayList<>();
    private boolean closed;

    private LambdaRuntime(RuntimeClock clock, double timeoutScale, List<InvocationListener> listeners,
            ForkedOptions forkedOptions, boolean strictRuntime, Isolation defaultIsolation, AccountConcurrency account,
            Duration idleTimeout, Random random, int asyncWorkers, double asyncDuplicates, RemoteConfig remoteConfig) {
        this.clock = clock;
        this.remoteConfig = remoteConfig;
        this.account = account;
        // A virtual clock runs what falls due as a test moves it; any other clock gets a thread of this runtime's.
        this.timers = clock instanceof VirtualClock virtual ? virtual.timers()
                : new TimerQueue(clock::currentTimeMillis, "lambda-harness-clock");
        this.defaultIsolation = defaultIsolation;
        this.limits = new TimeLimits(timeoutScale);
        this.xrayDaemon = XRayDaemonSink.open();
        List<InvocationListener> all = new ArrayList<>(listeners);
        // Read the sink after each invocation, so that its socket's buffer never fills while no test asks.
        all.add((function, result) -> xrayDaemon.drain());
        this.listeners = List.copyOf(all);
        this.asyncExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "lambda-harness-async");
            thread.setDaemon(true);
            return thread;
        });
        this.settings = new FunctionDeployment.RuntimeSettings(clock, environmentCounter, limits, this.listeners, account,
                timers, idleTimeout, random, clock instanceof VirtualClock virtual ? virtual.activity()
                        : FunctionDeployment.Activity.NONE,
                new FunctionDeployment.AsyncSettings(asyncExecutor, asyncActivity, asyncWorkers, asyncDuplicates),
                this::deliver);
        this.forkedOptions = forkedOptions.withXrayDaemon(xrayDaemon.address());
        this.policy = PlacementPolicy.forThisJvm(forkedOptions, strictRuntime);
        if (limits.stretched()) {
            logOnce(System.Logger.Level.INFO, "Timeouts are scaled by " + timeoutScale + ": functions may run "
                    + timeoutScale + " times their timeout (and INIT " + timeoutScale + " times its 10 s limit)"
                    + " before they time out. Reports and errors still name Lambda's limits.");
        }
        forkedOptions.debugging().port().ifPresent(port -> LOG.log(System.Logger.Level.INFO, "Debugging: forked"
                + " environments wait for a debugger on 127.0.0.1:" + port + " before INIT, one environment at a time;"
                + " in-process ones are debugged through this JVM's own debugger. Function timeouts and the INIT limit"
                + " are not enforced while debugging."));
    }

    /** A runtime on the system clock. */
    public static LambdaRuntime create() {
        return builder().build();
    }

    /** Starts configuring a runtime. */
    public static Builder builder() {
        return new Builder();
    }

    /** The runtime's clock. */
    public RuntimeClock clock() {
        return clock;
    }

    /**
     * The stand-in for a destination or dead-letter target of asynchronous invocations: what Lambda
     * delivered to that ARN. Every ARN has one, created when first asked for or delivered to; a
     * function of this runtime is not a sink but is invoked.
     */
    public synchronized DestinationSink destination(String arn) {
        Objects.requireNonNull(arn, "arn");
        return sinks.computeIfAbsent(arn, DestinationSink::new);
    }

    /** Whether any asynchronous event is not settled yet, without listing them. */
    private synchronized boolean hasPendingAsyncEvents() {
        return !closed && functions.stream().anyMatch(FunctionDeployment::hasPendingAsync);
    }

    /**
     * The asynchronous events not settled yet: queued, running or waiting for a retry. After
     * {@link #close()}, those that were pending when it closed.
     */
    public synchronized List<PendingAsyncEvent> pendingAsyncEvents() {
        if (closed) {
            return pendingAtClose;
        }
        List<PendingAsyncEvent> pending = new ArrayList<>();
        functions.forEach(function -> pending.addAll(function.pendingAsync()));
        return pending;
    }

    /**
     * Waits until no asynchronous event is pending, at most {@code limit} of real time. On a
     * {@link VirtualClock} the clock moves to each next retry whenever nothing runs, so minutes of
     * retries take milliseconds.
     *
     * <pre>{@code
     * function.invokeAsync("{}");
     * assertThat(runtime.settleAsync(Duration.ofSeconds(10))).isEmpty();
     * }</pre>
     *
     * @return the events still pending when the limit came: empty when all settled
     */
    public List<PendingAsyncEvent> settleAsync(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (asyncActivity.idle()) {
                    if (!hasPendingAsyncEvents()) {
                        return List.of();
                    }
                    // Every attempt has ended and the events left wait for a retry: move a virtual clock there
                    // at once; a system clock's timers start the attempts when they fall due.
                    if (clock instanceof VirtualClock virtual && virtual.advanceToNextEvent()) {
                        continue;
                    }
                    Thread.sleep(1);
                    continue;
                }
                asyncActivity.awaitIdle(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return pendingAsyncEvents();
    }

    /**
     * The runtime's SQS queues by name: those a test created, and those a deployed template declares.
     *
     * <pre>{@code
     * runtime.deploy(template);
     * runtime.sqsQueues().get("Orders").send("{\"orderId\":7}");
     * }</pre>
     */
    public synchronized Map<String, SqsQueue> sqsQueues() {
        return Map.copyOf(queues);
    }

    /** The runtime's Kinesis streams by name, a deployed template's included. */
    public synchronized Map<String, KinesisStream> kinesisStreams() {
        return Map.copyOf(streams);
    }

    /** The runtime's DynamoDB tables by name, a deployed template's included. */
    public synchronized Map<String, DynamoDbTable> dynamoDbTables() {
        return Map.copyOf(tables);
    }

    /** The runtime's Kafka topics by name, a deployed template's included. */
    public synchronized Map<String, KafkaTopic> kafkaTopics() {
        return Map.copyOf(kafkaTopics);
    }

    /** The runtime's Amazon MQ queues by name, a deployed template's included. */
    public synchronized Map<String, MqQueue> mqQueues() {
        return Map.copyOf(mqQueues);
    }

    /**
     * Creates a local Kafka topic of {@code partitions} partitions on an Amazon MSK cluster
     * ({@code local-cluster}), which tests fill and event source mappings read.
     *
     * <pre>{@code
     * KafkaTopic orders = runtime.kafkaTopic("orders", 3);
     * orders.send("ORD-1001", "{\"status\":\"PLACED\"}");
     * }</pre>
     *
     * @throws InvalidConfigurationException when the name is taken ({@code TopicExistsException}) or not one Kafka
     *     accepts, or the partition count is below 1
     */
    public KafkaTopic kafkaTopic(String name, int partitions) {
        return kafkaTopic(name, partitions, "local-cluster", null);
    }

    /**
     * Creates a local Kafka topic on the MSK cluster of that name, whose ARN its events name.
     *
     * <pre>{@code
     * KafkaTopic orders = runtime.kafkaTopic("orders-cluster", "orders", 3);
     * }</pre>
     *
     * @throws InvalidConfigurationException as {@link #kafkaTopic(String, int)} does
     */
    public KafkaTopic kafkaTopic(String cluster, String name, int partitions) {
        return kafkaTopic(name, partitions, Objects.requireNonNull(cluster, "cluster"), null);
    }

    /**
     * Creates a local Kafka topic on a self-managed cluster with these bootstrap servers (as its
     * events name them; nothing connects to them).
     *
     * <pre>{@code
     * KafkaTopic payments = runtime.selfManagedKafkaTopic("payments", 1, "kafka-1.internal:9092");
     * }</pre>
     *
     * @throws InvalidConfigurationException as {@link #kafkaTopic(String, int)} does
     */
    public KafkaTopic selfManagedKafkaTopic(String name, int partitions, String bootstrapServers) {
        return kafkaTopic(name, partitions, null, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
    }

    private synchronized KafkaTopic kafkaTopic(String name, int partitions, String cluster, String bootstrapServers) {
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to create topics.");
        }
        if (kafkaTopics.containsKey(name)) {
            throw new InvalidConfigurationException("Topics", name, "TopicExistsException", "This runtime already has"
                    + " a topic named '" + name + "' (TopicExistsException). Use that one, or give this one another name.");
        }
        KafkaTopic topic = new KafkaTopic(new LocalKafkaTopic(name, partitions, cluster, bootstrapServers, "us-east-1",
                "123456789012", clock::currentTimeMillis));
        kafkaTopics.put(name, topic);
        return topic;
    }

    /**
     * Creates a local queue of an Amazon MQ for ActiveMQ broker, which tests fill and event source
     * mappings read; a failing message is redelivered 6 times, then moved to {@code ActiveMQ.DLQ}.
     *
     * <pre>{@code
     * MqQueue inventory = runtime.activeMqQueue("orders-broker", "orders.inventory");
     * }</pre>
     *
     * @throws InvalidConfigurationException when this runtime has an MQ queue of that name
     */
    public MqQueue activeMqQueue(String broker, String name) {
        return mqQueue(MqQueue.Engine.ACTIVEMQ, broker, name);
    }

    /**
     * Creates a local queue (virtual host {@code /}) of an Amazon MQ for RabbitMQ broker; a failing
     * message is redelivered 20 times, then dead-lettered.
     *
     * <pre>{@code
     * MqQueue notifications = runtime.rabbitMqQueue("orders-rabbit", "notifications");
     * }</pre>
     *
     * @throws InvalidConfigurationException when this runtime has an MQ queue of that name
     */
    public MqQueue rabbitMqQueue(String broker, String name) {
        return mqQueue(MqQueue.Engine.RABBITMQ, broker, name);
    }

    private synchronized MqQueue mqQueue(MqQueue.Engine engine, String broker, String name) {
        Objects.requireNonNull(broker, "broker");
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to create queues.");
        }
        if (mqQueues.containsKey(name)) {
            throw new InvalidConfigurationException("Queues", name, "InvalidParameterValueException", "This runtime"
                    + " already has an MQ queue named '" + name + "'. Use that one, or give this one another name.");
        }
        MqQueue queue = new MqQueue(new LocalMqQueue(engine, broker, name, "us-east-1", "123456789012",
                clock::currentTimeMillis));
        mqQueues.put(name, queue);
        return queue;
    }

    /**
     * Creates a local SQS queue, which tests fill and event source mappings read; its visibility
     * timeouts and delays run on the runtime's clock. A second queue of the same name is refused.
     *
     * <pre>{@code
     * SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
     * orders.send("{\"order\":1}");
     * }</pre>
     *
     * @throws InvalidConfigurationException when the name is taken ({@code QueueAlreadyExists}) or the
     *     redrive policy names a queue this runtime does not have
     */
    public synchronized SqsQueue sqsQueue(SqsQueueConfig config) {
        Objects.requireNonNull(config, "config");
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to create queues.");
        }
        if (queues.containsKey(config.name())) {
            throw new InvalidConfigurationException("QueueName", config.name(), "QueueAlreadyExists", "This runtime"
                    + " already has a queue named '" + config.name() + "' (QueueAlreadyExists). Use that one, or give"
                    + " this one another name.");
        }
        config.deadLetterQueueName().ifPresent(name -> {
            if (!queues.containsKey(name)) {
                throw new InvalidConfigurationException("RedrivePolicy", name, "InvalidParameterValue", "The redrive"
                        + " policy of queue '" + config.name() + "' names dead-letter queue '" + name + "', which this"
                        + " runtime does not have. Create it with sqsQueue first.");
            }
        });
        SqsQueue queue = new SqsQueue(new LocalSqsQueue(config, clock::currentTimeMillis, timers,
                this::queueModel));
        queues.put(config.name(), queue);
        return queue;
    }

    private synchronized LocalSqsQueue queueModel(String name) {
        return queues.get(name).model();
    }

    /** Where a stream or Kafka mapping starts: −1 at the trim horizon, {@code Long.MAX_VALUE} at the latest, else the timestamp. */
    private static long startMillis(EventSourceMappingConfig config) {
        return switch (config.startingPosition()) {
            case TRIM_HORIZON -> -1L;
            case LATEST -> Long.MAX_VALUE;
            case AT_TIMESTAMP -> config.startingPositionTimestamp().orElseThrow().toEpochMilli();
        };
    }

    /**
     * Creates an event source mapping: a poller that reads the configured source and invokes the
     * function synchronously with batches, as {@code CreateEventSourceMapping} sets it up. It polls
     * at once unless created disabled.
     *
     * <pre>{@code
     * EventSourceMapping mapping = runtime.eventSourceMapping(function,
     *         EventSourceMappingConfig.builder(orders).reportBatchItemFailures(true).build());
     * }</pre>
     *
     * @throws InvalidConfigurationException when the source is not this runtime's, or a filter pattern is invalid
     */
    public EventSourceMapping eventSourceMapping(LambdaFunction function, EventSourceMappingConfig config) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(config, "config");
        function.local("eventSourceMapping", "The deployed function's own mappings poll its deployed sources; map a local"
                + " source to a function run in-process or forked.");
        RecordFilter filter = config.queue().isPresent() ? EventFilter.forSqs(config.filterPatterns())
                : config.stream().isPresent() ? EventFilter.forKinesis(config.filterPatterns())
                : config.kafkaTopic().isPresent() ? BrokerFilters.forKafka(config.filterPatterns())
                : config.mqQueue().isPresent() ? BrokerFilters.forMq(config.filterPatterns())
                : EventFilter.of(config.filterPatterns(), record -> record);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to create mappings.");
            }
            boolean ours = config.queue().map(queue -> queues.get(queue.config().name()) == queue)
                    .or(() -> config.stream().map(stream -> streams.get(stream.name()) == stream))
                    .or(() -> config.kafkaTopic().map(topic -> kafkaTopics.get(topic.name()) == topic))
                    .or(() -> config.mqQueue().map(queue -> mqQueues.get(queue.name()) == queue))
                    .orElseGet(() -> tables.get(config.table().orElseThrow().name()) == config.table().orElseThrow());
            if (!ours) {
                throw new InvalidConfigurationException("EventSourceArn", config.eventSourceArn(),
                        "InvalidParameterValueException", config.eventSourceArn() + " is not a source of this runtime."
                        + " Create it with runtime.sqsQueue, kinesisStream, dynamoDbTable, kafkaTopic, activeMqQueue or rabbitMqQueue and map that one.");
            }
            Poller poller;
            IntSupplier reserved = () -> function.reservedConcurrency().orElse(Integer.MAX_VALUE);
            if (config.kafkaTopic().isPresent()) {
                poller = new KafkaPoller(config.kafkaTopic().get().model(), payload -> function.invoke(payload),
                        function.arn(), new KafkaPoller.Settings(config.batchSize(), config.maximumBatchingWindow(),
                        config.bisectBatchOnFunctionError(), config.maximumRetryAttempts(),
                        config.maximumRecordAgeInSeconds(), config.onFailureDestination(),
                        startMillis(config)),
                        filter, reserved, clock::currentTimeMillis, timers, pollerExecutor, this::deliver,
                        config.enabled());
            } else if (config.mqQueue().isPresent()) {
                poller = new MqPoller(config.mqQueue().get().model(), payload -> function.invoke(payload),
                        config.batchSize(), config.maximumBatchingWindow(), filter, reserved, clock::currentTimeMillis,
                        timers, pollerExecutor, config.enabled());
            } else if (config.queue().isPresent()) {
                poller = new SqsPoller(config.queue().get().model(), payload -> function.invoke(payload),
                        config.batchSize(), config.maximumBatchingWindow(), config.reportBatchItemFailures(),
                        config.maximumConcurrency().orElse(SqsPoller.MAX_CONCURRENCY),
                        reserved, filter, clock::currentTimeMillis,
                        timers, pollerExecutor, config.enabled());
            } else {
                ShardedLog log = config.stream().<ShardedLog>map(KinesisStream::model)
                        .orElseGet(() -> config.table().orElseThrow().model());
                poller = new StreamPoller(log, payload -> function.invoke(payload),
                        function.arn(), new StreamPoller.Settings(config.batchSize(), config.maximumBatchingWindow(),
                        config.reportBatchItemFailures(), config.parallelizationFactor(),
                        config.bisectBatchOnFunctionError(), config.maximumRetryAttempts(),
                        config.maximumRecordAgeInSeconds(), config.onFailureDestination(),
                        startMillis(config), config.tumblingWindow()),
                        filter, clock::currentTimeMillis, timers, pollerExecutor, this::deliver, config.enabled());
            }
            EventSourceMapping mapping = new EventSourceMapping(java.util.UUID.randomUUID().toString(), config,
                    function.arn(), poller);
            mappings.add(mapping);
            poller.pump();
            return mapping;
        }
    }

    /**
     * Creates a local Kinesis data stream of {@code shards} shards, which tests fill and event source
     * mappings read; records are placed on shards by the MD5 of their partition key, as Kinesis places them.
     *
     * <pre>{@code
     * KinesisStream clicks = runtime.kinesisStream("clicks", 2);
     * clicks.putRecord("user-7", "{\"page\":\"/\"}");
     * }</pre>
     *
     * @throws InvalidConfigurationException when the name is taken ({@code ResourceInUseException}) or the shard
     *     count is out of range
     */
    public synchronized KinesisStream kinesisStream(String name, int shards) {
        Objects.requireNonNull(name, "name");
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to create streams.");
        }
        if (streams.containsKey(name)) {
            throw new InvalidConfigurationException("StreamName", name, "ResourceInUseException", "This runtime already"
                    + " has a stream named '" + name + "' (ResourceInUseException). Use that one, or give this one"
                    + " another name.");
        }
        KinesisStream stream = new KinesisStream(new LocalKinesisStream(name, shards, "us-east-1", "123456789012",
                clock::currentTimeMillis));
        streams.put(name, stream);
        return stream;
    }

    /**
     * Creates a local DynamoDB table with a stream of the view type ({@code KEYS_ONLY},
     * {@code NEW_IMAGE}, {@code OLD_IMAGE} or {@code NEW_AND_OLD_IMAGES}), keyed by a partition key
     * and optionally a sort key; event source mappings read its stream.
     *
     * <pre>{@code
     * DynamoDbTable orders = runtime.dynamoDbTable("Orders", "NEW_AND_OLD_IMAGES", "pk", "sk");
     * }</pre>
     *
     * @throws InvalidConfigurationException when the name is taken ({@code ResourceInUseException}), the view type
     *     is none of the four, or the key names are not one or two
     */
    public synchronized DynamoDbTable dynamoDbTable(String name, String streamViewType, String... keys) {
        Objects.requireNonNull(name, "name");
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to create tables.");
        }
        if (tables.containsKey(name)) {
            throw new InvalidConfigurationException("TableName", name, "ResourceInUseException", "This runtime already"
                    + " has a table named '" + name + "' (ResourceInUseException). Use that one, or give this one"
                    + " another name.");
        }
        if (!List.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES").contains(streamViewType)) {
            throw new InvalidConfigurationException("StreamViewType", String.valueOf(streamViewType), "ValidationException",
                    "StreamViewType " + streamViewType + " is not one DynamoDB knows: give KEYS_ONLY, NEW_IMAGE,"
                    + " OLD_IMAGE or NEW_AND_OLD_IMAGES.");
        }
        if (keys.length < 1 || keys.length > 2) {
            throw new InvalidConfigurationException("KeySchema", List.of(keys).toString(), "ValidationException",
                    "A table's key is a partition key and, if it has one, a sort key: give one or two names, not "
                    + keys.length + ".");
        }
        DynamoDbTable table = new DynamoDbTable(new LocalDynamoDbTable(name, List.of(keys), streamViewType, "us-east-1",
                "123456789012", clock::currentTimeMillis));
        tables.put(name, table);
        return table;
    }

    /**
     * Waits until every enabled event source mapping has nothing left to do (its queue empty or its
     * stream read to the end, no batch running), at most {@code limit} of real time. On a {@link VirtualClock} the clock moves
     * to the next visibility timeout, delay or batching window whenever no batch runs, so minutes
     * of redelivery take milliseconds.
     *
     * <pre>{@code
     * orders.send("{}");
     * assertThat(runtime.settleEventSources(Duration.ofSeconds(10))).isTrue();
     * }</pre>
     *
     * @return whether they settled; false when the limit came first (a message that keeps failing
     *     without a dead-letter queue never settles)
     */
    public boolean settleEventSources(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<EventSourceMapping> now = mappingsNow();
            if (now.stream().allMatch(EventSourceMapping::idle)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            if (clock instanceof VirtualClock virtual && now.stream().allMatch(EventSourceMapping::noBatchRunning)) {
                virtual.advanceToNextEvent();
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The event source mappings created so far. */
    public synchronized List<EventSourceMapping> eventSourceMappings() {
        return List.copyOf(mappings);
    }

    private synchronized List<EventSourceMapping> mappingsNow() {
        return List.copyOf(mappings);
    }

    /** Delivers what an asynchronous invocation sends: to a function of this runtime, or to the ARN's sink. */
    private boolean deliver(String arn, String body, Map<String, String> attributes, boolean failure, String functionArn) {
        for (FunctionDeployment function : functionsNow()) {
            String own = function.arn();
            if (arn.equals(own) || arn.startsWith(own + ":")) {
                String qualifier = arn.equals(own) ? null : arn.substring(own.length() + 1);
                try {
                    function.invokeAsync(new LambdaFunction(function, qualifier), qualifier, InvocationRequest.of(body));
                    return true;
                } catch (IllegalStateException closed) {
                    LOG.log(System.Logger.Level.WARNING, "Delivery to " + arn + " failed: the runtime closed, and the"
                            + " invocation record of " + functionArn + " is lost.");
                    return false;
                }
            }
        }
        String message = arn.startsWith("arn:aws:events:") ? EventBridgeEnvelope.of(arn, body, failure, functionArn,
                clock.currentTimeMillis()) : body;
        DeliveredRecord record = new DeliveredRecord(message, attributes, java.time.Instant.ofEpochMilli(clock.currentTimeMillis()));
        if (!destination(arn).deliver(record)) {
            LOG.log(System.Logger.Level.WARNING, "Delivery to " + arn + " failed (the sink refuses deliveries): "
                    + (attributes.isEmpty() ? "the invocation record of " : "the dead-letter message of ") + functionArn
                    + " is lost, as Lambda drops it after its delivery retries.");
            return false;
        }
        return true;
    }

    private synchronized List<FunctionDeployment> functionsNow() {
        return List.copyOf(functions);
    }

    /** The account's concurrency limit ({@link Builder#accountConcurrency(int)}). */
    public int accountConcurrency() {
        return account.limit();
    }

    /** How many of the account's concurrent executions no function has reserved. */
    public int unreservedConcurrency() {
        return account.unreserved();
    }

    /** How long an idle environment stays before it is reclaimed ({@link Builder#idleTimeout(Duration)}). */
    public Duration idleTimeout() {
        return settings.idleTimeout();
    }

    /** The factor time limits are stretched by; 1 means Lambda's own limits. */
    public double timeoutScale() {
        return limits.scale();
    }

    /**
     * Deploys a function as SAM deploys one with {@code AutoPublishAlias} and provisioned
     * concurrency: {@code $LATEST} with the configuration, version 1 published from it, the alias
     * the configuration names created on that version, and the provisioned concurrency put on the
     * alias (or, without an alias, on the version). Returns the handle invocations go through: the
     * alias, or version 1; a configuration that names neither is deployed as {@link #function} does.
     *
     * <pre>{@code
     * LambdaFunction live = runtime.publish(FunctionConfig.builder("example.Orders").alias("live", "1")
     *         .provisionedConcurrency(2).build(), code, Isolation.IN_PROCESS);
     * live.arn();   // …:function:Orders:live, two environments initialised ahead
     * }</pre>
     */
    public LambdaFunction publish(FunctionConfig config, FunctionCode code, Isolation isolation) {
        OptionalInt provisioned = config.provisionedConcurrency();
        Optional<String> alias = config.alias();
        // A remote function is published already, as its deployment published it: the handle is the one its mapping names.
        if ((provisioned.isEmpty() && alias.isEmpty()) || isolation == Isolation.REMOTE) {
            return function(config, code, isolation);
        }
        LambdaFunction latest = function(config.toBuilder().alias(null, FunctionConfig.LATEST)
                .concurrency(config.concurrency().withoutProvisioned()).build(), code, isolation);
        LambdaFunction entry = latest.publishVersion();
        if (alias.isPresent()) {
            entry = latest.createAlias(alias.get(), entry.qualifier().orElseThrow());
        }
        provisioned.ifPresent(entry::putProvisionedConcurrency);
        return entry;
    }

    /** Deploys a function with the runtime's default isolation, in-process unless {@link Builder#defaultIsolation} says otherwise. */
    public LambdaFunction function(FunctionConfig config, FunctionCode code) {
        return function(config, code, defaultIsolation);
    }

    /**
     * Deploys a function.
     *
     * @throws InvalidConfigurationException when the configuration needs something this runtime
     *     cannot emulate (a setting that would change results, a Java runtime newer than the test
     *     JVM without a JDK found for it, under {@link Builder#strictRuntime(boolean)} any Java other than the
     *     runtime's, forked isolation on Windows, the RIC asked for where it cannot run)
     */
    public synchronized LambdaFunction function(FunctionConfig config, FunctionCode code, Isolation isolation) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(code, "code");
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to deploy functions.");
        }
        Objects.requireNonNull(isolation, "isolation");
        if (isolation == Isolation.REMOTE) {
            return remote(config, code);
        }
        if (invokeApi != null && !config.environment().containsKey(INVOKE_API_ENDPOINT_VARIABLE)) {
            // The function's SDK clients reach this runtime's Invoke API, not AWS, unless the function names an endpoint.
            config = config.toBuilder().environment(INVOKE_API_ENDPOINT_VARIABLE, invokeApi.endpoint().toString()).build();
        }
        if (config.provisionedConcurrency().isPresent()) {
            throw new InvalidConfigurationException("provisionedConcurrentExecutions",
                    Integer.toString(config.provisionedConcurrency().getAsInt()), "InvalidParameterValueException", "Function '"
                    + config.functionName() + "' is deployed with provisionedConcurrency "
                    + config.provisionedConcurrency().getAsInt() + ", but a deployed function is $LATEST, and Lambda puts"
                    + " provisioned concurrency only on a published version or an alias (InvalidParameterValueException:"
                    + " Provisioned Concurrency Configs cannot be applied to unpublished function versions.). Deploy it"
                    + " without, then function.publishVersion().putProvisionedConcurrency("
                    + config.provisionedConcurrency().getAsInt() + ").");
        }
        Placement placement = policy.place(config, code, isolation, config.changesSynchronousResults());
        placement.warnings().forEach(warning -> logOnce(System.Logger.Level.WARNING, warning));
        if (placement.isolation() == Isolation.IN_PROCESS && code.runtimeSet().isPresent()) {
            throw new InvalidConfigurationException("runtimeSet", code.runtimeSet().get().toString(), null, "Function '"
                    + config.functionName() + "' runs on the runtime set " + code.runtimeSet().get() + ", which only forked"
                    + " environments can run: in-process environments follow the rules of the set the harness carries ("
                    + RuntimeSet.harness().describe() + "). Deploy it with Isolation.FORKED, or leave the runtime set out.");
        }
        ForkedOptions forkedOptions = code.chosenRuntimeSet().map(this.forkedOptions::withRuntimeSet).orElse(this.forkedOptions);
        SandboxFactory environments;
        SandboxFactory plain;
        if (placement.isolation() == Isolation.IN_PROCESS) {
            // On the runtime side, so that the runtime set's libraries, not the test class path's, serve the function.
            environments = RuntimeSide.inProcessEnvironments(limits, forkedOptions.debugging(), xrayDaemon.address());
            plain = environments;
        } else if (sparePool != null && sparePool.mode() != SpareEnvironments.NONE && !forkedOptions.debugging().on()) {
            // Spares shared beyond this runtime: the pool's, which outlive it.
            environments = sparePool.spares().forFunction(config, code, clock, limits, forkedOptions);
            plain = (id, c, fc, cl, type) -> new ForkedEnvironment(id, c, fc, cl, limits, forkedOptions, type);
        } else if (!placement.spares()) {
            environments = (id, c, fc, cl, type) -> new ForkedEnvironment(id, c, fc, cl, limits, forkedOptions, type);
            plain = environments;
        } else {
            plain = (id, c, fc, cl, type) -> new ForkedEnvironment(id, c, fc, cl, limits, forkedOptions, type);
            ForkedSpares functionSpares = new ForkedSpares(config, code, clock, limits, forkedOptions);
            spares.add(functionSpares);
            functionSpares.replenish();
            environments = functionSpares::create;
        }
        FunctionDeployment deployment = new FunctionDeployment(config, code, settings, environments, plain);
        if (invokeApi != null) {
            // Only through the Invoke API can a function cause its own invocation, so only here is a chain counted.
            deployment.trackLineage();
        }
        functions.add(deployment);
        return new LambdaFunction(deployment, null);
    }

    /** The handle of a function deployed elsewhere, invoked through the remote transport, opened with the first one. */
    private LambdaFunction remote(FunctionConfig config, FunctionCode code) {
        if (remoteTransport == null) {
            remoteTransport = RemoteTransports.open(remoteConfig, config.functionName());
        }
        RemoteFunction function = new RemoteFunction(remoteTransport,
                remoteConfig.deployedFunction(config.functionName()).orElse(config.functionName()), config, clock, listeners);
        return new LambdaFunction(function, code, function.mappedQualifier().orElse(null));
    }

    /**
     * Deploys every function a SAM or CloudFormation template creates, with the configuration and
     * code it gives each, in the runtime's default isolation, and returns them by logical id in the
     * template's order. Nothing is deployed when one of them cannot be: the exception names it.
     *
     * <pre>{@code
     * try (LambdaRuntime runtime = LambdaRuntime.create()) {
     *     Map<String, LambdaFunction> functions = runtime.deploy(Template.read(Path.of("template.yaml")));
     *     functions.get("OrdersFunction").invoke("{}");
     * }
     * }</pre>
     *
     * @throws dev.lambdaharness.core.template.InvalidTemplateException when a function's properties or code cannot be read
     * @throws InvalidConfigurationException when a function needs something this runtime cannot emulate
     */
    public Map<String, LambdaFunction> deploy(Template template) {
        Objects.requireNonNull(template, "template");
        Map<String, TemplateFunction> read = new LinkedHashMap<>();
        Map<String, FunctionCode> codes = new LinkedHashMap<>();
        for (TemplateFunction function : template.functions()) {
            read.put(function.logicalId(), function);
            codes.put(function.logicalId(), function.code());
        }
        Map<String, LambdaFunction> deployed = new LinkedHashMap<>();
        read.forEach((id, function) -> deployed.put(id, deploy(function, codes.get(id))));
        // Then the sources the functions poll, as the stack would have them; a mapping invokes the handle its events invoke.
        // A remote function's stack has its own.
        read.forEach((id, function) -> {
            if (!deployed.get(id).remote()) {
                mapEventSources(template, id, deployed.get(id));
            }
        });
        return Collections.unmodifiableMap(deployed);
    }

    /**
     * Makes the queues, streams, tables, Kafka topics and MQ queues a template's function polls local sources of this runtime
     * (those it shares with functions mapped before, and those a test created by the same name, are
     * reused) and maps them to {@code function}, with the template's settings. {@link #deploy(Template)}
     * does it for every function; the JUnit extension for the functions a test declares from a template.
     *
     * <pre>{@code
     * LambdaFunction shipper = runtime.function(template.function("Shipper").config(), code);
     * runtime.mapEventSources(template, "Shipper", shipper);
     * }</pre>
     *
     * @return the mappings created; none for a function with no SQS, Kinesis, DynamoDB, Kafka or Amazon MQ source
     */
    public List<EventSourceMapping> mapEventSources(Template template, String logicalId, LambdaFunction function) {
        Objects.requireNonNull(function, "function");
        function.local("mapEventSources", "The deployed stack maps its own sources; run this test in-process or forked"
                + " to map the template's sources locally.");
        return new TemplateSources(this, template.resources()).map(template.function(logicalId).eventSourceMappings(),
                function);
    }

    /**
     * One function of a template with its versions and aliases: {@code $LATEST}, a version published
     * for each the template declares (SAM's {@code AutoPublishAlias} one, {@code AWS::Lambda::Version}
     * resources) and each alias on its version, with the provisioned concurrency the template puts on
     * them. The handle returned is the one the function's events invoke: SAM's alias, else $LATEST.
     */
    private LambdaFunction deploy(TemplateFunction function, FunctionCode code) {
        FunctionConfig config = function.config();
        if (defaultIsolation == Isolation.REMOTE) {
            // Deployed already, with the versions and aliases its stack made.
            return function(config, code, Isolation.REMOTE);
        }
        LambdaFunction latest = function(config.toBuilder().alias(null, FunctionConfig.LATEST)
                .concurrency(config.concurrency().withoutProvisioned()).build(), code, defaultIsolation);
        Map<String, String> versionNumbers = new HashMap<>();
        for (FunctionVersion version : function.versions()) {
            LambdaFunction published = latest.publishVersion();
            versionNumbers.put(version.id(), published.qualifier().orElseThrow());
            version.provisionedConcurrency().ifPresent(published::putProvisionedConcurrency);
        }
        LambdaFunction entry = latest;
        for (FunctionAlias alias : function.aliases()) {
            LambdaFunction created = latest.createAlias(alias.name(),
                    versionNumbers.getOrDefault(alias.functionVersion(), alias.functionVersion()));
            alias.provisionedConcurrency().ifPresent(created::putProvisionedConcurrency);
            if (config.alias().filter(alias.name()::equals).isPresent()) {
                entry = created;
            }
        }
        return entry;
    }

    /**
     * The X-Ray segment documents this runtime's functions sent, in the order they arrived. Every
     * function is handed the runtime's own daemon as {@code AWS_XRAY_DAEMON_ADDRESS}: a UDP socket on
     * 127.0.0.1 that keeps what it receives, so a traced function's segments (and the X-Ray SDK's
     * subsegments) stay on this machine and can be checked. A segment sent before an invocation
     * returned is always here once it has; after {@link #close()} the list keeps what arrived until then.
     *
     * <pre>{@code
     * function.invoke(InvocationRequest.of("{}").withTraceHeader("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"));
     * assertThat(runtime.traceSegments()).extracting(TraceSegment::traceId)
     *         .containsOnly("1-5759e988-bd862e3fe1be46a994272793");
     * }</pre>
     */
    public List<TraceSegment> traceSegments() {
        return xrayDaemon.segments();
    }

    /**
     * Where this runtime serves Lambda's Invoke API ({@link Builder#invokeApi(boolean)}):
     * {@code http://127.0.0.1:<port>}, the endpoint to give the AWS SDK's {@code LambdaClient}.
     *
     * <pre>{@code
     * try (LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build()) {
     *     runtime.function(config, code);
     *     LambdaClient client = LambdaClient.builder().endpointOverride(runtime.invokeApiEndpoint())
     *             .region(Region.US_EAST_1)
     *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
     *     client.invoke(request -> request.functionName("orders").payload(SdkBytes.fromUtf8String("{}")));
     * }
     * }</pre>
     *
     * @throws IllegalStateException when the runtime was built without the Invoke API
     */
    public URI invokeApiEndpoint() {
        if (invokeApi == null) {
            throw new IllegalStateException("This LambdaRuntime serves no Invoke API. Build it with"
                    + " LambdaRuntime.builder().invokeApi(true) to serve its functions to the AWS SDK on 127.0.0.1.");
        }
        return invokeApi.endpoint();
    }

    /**
     * Serves an API Gateway HTTP API in front of this runtime's functions on {@code 127.0.0.1} and an
     * ephemeral port, until the runtime closes: each request matched to a route becomes the event
     * {@code Events.apiGatewayHttp()} builds for it (payload format 2.0), or
     * {@code Events.apiGatewayHttpV1()} for a route of format 1.0, and the function's response becomes
     * the HTTP answer as that format reads it, as docs/http-fronts.md describes.
     *
     * <pre>{@code
     * URI api = runtime.httpApi(HttpApiConfig.builder().route("GET /orders/{id}", orders).build());
     * HttpResponse<String> order = HttpClient.newHttpClient()
     *         .send(HttpRequest.newBuilder(api.resolve("orders/7")).build(), HttpResponse.BodyHandlers.ofString());
     * }</pre>
     *
     * @return the API's base URI, {@code http://127.0.0.1:<port>/}; a named stage is under it
     */
    public URI httpApi(HttpApiConfig api) {
        Objects.requireNonNull(api, "api");
        Map<String, String> formats = new LinkedHashMap<>();
        api.routes().keySet().forEach(route -> formats.put(route, api.payloadFormatVersion(route)));
        Front front = new HttpApiFront(stageOf(api, api.stage().equals("$default") ? null : api.stage()), formats);
        return serveFront("http-api", api.cors().<Front>map(cors -> new CorsFront(front, cors)).orElse(front));
    }

    /**
     * Serves a Lambda Function URL (auth type {@code NONE}) for a function of this runtime on
     * {@code 127.0.0.1} and an ephemeral port, until the runtime closes: every request becomes the
     * event {@code Events.functionUrl()} builds for it, and the function's response the HTTP answer.
     *
     * <pre>{@code
     * URI url = runtime.functionUrl(webhook);
     * HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("hooks/github"))
     *         .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
     * }</pre>
     *
     * @return the URL, {@code http://127.0.0.1:<port>/}
     */
    public URI functionUrl(LambdaFunction function) {
        Objects.requireNonNull(function, "function");
        return serveFront("function-url", new FunctionUrlFront(function));
    }

    /**
     * Serves a Function URL as {@link #functionUrl(LambdaFunction)} does, with CORS configured: the
     * URL answers preflight requests itself and puts the configured CORS headers on responses.
     *
     * <pre>{@code
     * URI url = runtime.functionUrl(webhook, CorsConfig.builder().allowOrigins("https://shop.example.com")
     *         .allowMethods("POST").build());
     * }</pre>
     *
     * @return the URL, {@code http://127.0.0.1:<port>/}
     */
    public URI functionUrl(LambdaFunction function, CorsConfig cors) {
        Objects.requireNonNull(function, "function");
        return serveFront("function-url", new CorsFront(new FunctionUrlFront(function), Objects.requireNonNull(cors, "cors")));
    }

    /**
     * Serves an API Gateway REST API (Lambda proxy integrations) in front of this runtime's functions
     * on {@code 127.0.0.1} and an ephemeral port, until the runtime closes; its stage is served under
     * {@code /<stage>/}, as its invoke URL has it. Each request becomes the event
     * {@code Events.apiGatewayRest()} builds for it (docs/http-fronts.md).
     *
     * <pre>{@code
     * URI api = runtime.restApi(RestApiConfig.builder().route("GET /orders/{id}", orders).build());
     * HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve("prod/orders/7")).build(), ofString());
     * }</pre>
     *
     * @return the API's base URI, {@code http://127.0.0.1:<port>/}
     */
    public URI restApi(RestApiConfig api) {
        Objects.requireNonNull(api, "api");
        return serveFront("rest-api", new RestApiFront(stageOf(api, api.stage()), api.binaryMediaTypes()));
    }

    /**
     * Serves an Application Load Balancer in front of a function of this runtime on {@code 127.0.0.1}
     * and an ephemeral port, until the runtime closes. Each request becomes the event
     * {@code Events.alb()} builds for it (docs/http-fronts.md).
     *
     * <pre>{@code
     * URI alb = runtime.alb(AlbConfig.builder(orders).multiValueHeaders(true).build());
     * }</pre>
     *
     * @return the load balancer's base URI, {@code http://127.0.0.1:<port>/}
     */
    public URI alb(AlbConfig alb) {
        Objects.requireNonNull(alb, "alb");
        return serveFront("alb", new AlbFront(alb.function(), alb.targetGroup(), alb.multiValueHeaders()));
    }

    private static ApiStage stageOf(ApiGatewayConfig api, String name) {
        return new ApiStage(new Routes<>(api.routes()), name, api.stageVariables(), api.integrationTimeout());
    }

    private synchronized URI serveFront(String kind, Front front) {
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed: it serves no more fronts. Serve the " + kind
                    + " before closing the runtime.");
        }
        FrontServer server = FrontServer.start(kind, front);
        fronts.add(server);
        return server.baseUri();
    }

    /** The function of this name, unqualified, as the Invoke API looks it up. */
    private synchronized Optional<LambdaFunction> deployed(String name) {
        for (FunctionDeployment function : functions) {
            LambdaFunction handle = new LambdaFunction(function, null);
            if (handle.config().functionName().equals(name)) {
                return Optional.of(handle);
            }
        }
        return Optional.empty();
    }

    /** The pool of spare environments this runtime's forked functions draw on, if it was built with one. */
    public Optional<SparePool> sparePool() {
        return Optional.ofNullable(sparePool);
    }

    /** The {@code host:port} functions of this runtime are handed as {@code AWS_XRAY_DAEMON_ADDRESS}. */
    public String xrayDaemonAddress() {
        return xrayDaemon.address();
    }

    private static void logOnce(System.Logger.Level level, String message) {
        if (SAID.add(message)) {
            LOG.log(level, message);
        }
    }

    /** Shuts down every environment of every function. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closeFunctions();
        }
        // Outside the lock: a request under way may be looking a function up, and ends with a refusal.
        if (remoteTransport != null) {
            remoteTransport.close();
        }
        if (invokeApi != null) {
            invokeApi.close();
        }
        List<FrontServer> served;
        synchronized (this) {
            served = List.copyOf(fronts);
            fronts.clear();
        }
        served.forEach(FrontServer::close);
    }

    private void closeFunctions() {
        List<PendingAsyncEvent> pending = new ArrayList<>();
        functions.forEach(function -> pending.addAll(function.closeAsync()));
        closed = true;
        if (!pending.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, pending.size() + " asynchronous events were still pending when the runtime"
                    + " closed (queued, running or waiting for a retry), and were neither delivered nor dropped: " + pending
                    + ". Call settleAsync before closing to let them finish.");
        }
        pendingAtClose = List.copyOf(pending);
        mappings.forEach(EventSourceMapping::close);
        queues.values().stream().filter(queue -> queue.size() > 0).forEach(queue -> LOG.log(System.Logger.Level.INFO,
                "Queue " + queue.arn() + " still held " + queue.size() + " messages when the runtime closed: "
                        + queue.bodies()));
        functions.forEach(FunctionDeployment::close);
        asyncExecutor.shutdownNow();
        pollerExecutor.shutdownNow();
        spares.forEach(ForkedSpares::close);
        if (!(clock instanceof VirtualClock)) {
            timers.close();
        }
        xrayDaemon.close();
    }

    /**
     * Configures a {@link LambdaRuntime}.
     *
     * <pre>{@code
     * LambdaRuntime runtime = LambdaRuntime.builder().clock(RuntimeClock.system()).build();
     * }</pre>
     */
    public static final class Builder {
        private RuntimeClock clock = RuntimeClock.system();
        private double timeoutScale = 1.0;
        private final List<InvocationListener> listeners = new ArrayList<>();
        private boolean privateTmp;
        private Integer debugPort;
        private RuntimeClient runtimeClient;
        private SpareEnvironments spareEnvironments = SpareEnvironments.NONE;
        private Boolean strictRuntime;
        private Path runtimeSet;
        private Isolation defaultIsolation = Isolation.IN_PROCESS;
        private int accountConcurrency = DEFAULT_ACCOUNT_CONCURRENCY;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int asyncWorkers = DEFAULT_ASYNC_WORKERS;
        private double asyncDuplicates;
        private Random random;
        private SparePool sparePool;
        private boolean invokeApi;
        private RemoteConfig remote = RemoteConfig.defaults();

        private Builder() {
        }

        /**
         * The account's concurrency limit, 1,000 by default: how many invocations of all the runtime's
         * functions may run at once. Functions with reserved concurrency keep theirs; the others share
         * the rest, which reservations may never bring below 100 (or below the limit, when it is
         * lower). Beyond it, an invocation is throttled ({@link TooManyRequestsException},
         * {@link ThrottleReason#CONCURRENT_INVOCATION_LIMIT_EXCEEDED}).
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().accountConcurrency(10).build();
         * }</pre>
         *
         * @throws InvalidConfigurationException when the limit is below 1
         */
        public Builder accountConcurrency(int limit) {
            new AccountConcurrency(limit);
            this.accountConcurrency = limit;
            return this;
        }

        /**
         * How long an environment may stay idle, on the runtime's clock, before it is reclaimed and
         * the next invocation is a cold start; {@link #DEFAULT_IDLE_TIMEOUT} unless set.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().idleTimeout(Duration.ofMinutes(1)).build();
         * }</pre>
         *
         * @throws InvalidConfigurationException when the duration is not positive
         */
        public Builder idleTimeout(Duration idle) {
            Objects.requireNonNull(idle, "idle: pass LambdaRuntime.DEFAULT_IDLE_TIMEOUT for the default");
            if (idle.isZero() || idle.isNegative()) {
                throw new InvalidConfigurationException("idleTimeout", idle.toString(), null, "idleTimeout " + idle
                        + " is not a positive duration: an environment must be able to stay warm at least a moment."
                        + " Give one, for example Duration.ofMinutes(1).");
            }
            this.idleTimeout = idle;
            return this;
        }

        /**
         * How many asynchronous events of one function run at once; {@link #DEFAULT_ASYNC_WORKERS}
         * unless set. The others wait in the function's queue, as they would behind Lambda's own
         * pollers. Raise it to see an asynchronous burst scale out to more environments (and be
         * throttled by the function's concurrency).
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().asyncWorkers(100).build();
         * }</pre>
         *
         * @throws InvalidConfigurationException when the number is below 1
         */
        public Builder asyncWorkers(int workers) {
            if (workers < 1) {
                throw new InvalidConfigurationException("asyncWorkers", Integer.toString(workers), null, "asyncWorkers "
                        + workers + " is below 1: at least one asynchronous event of a function must be able to run."
                        + " Give 1 or more, for example " + DEFAULT_ASYNC_WORKERS + ".");
            }
            this.asyncWorkers = workers;
            return this;
        }

        /**
         * Delivers asynchronous events twice, as Lambda's queue may: "even if your function doesn't
         * return an error, it's possible for it to receive the same event from Lambda multiple times".
         * The share of events delivered again, from 0 (none, the default) to 1 (every one); which
         * ones follow the runtime's {@link #seed(long) seed}. A duplicate runs right after the event's
         * first attempt, with the same request id; its outcome is neither retried nor sent to a
         * destination. Use 1 to check that a function is idempotent.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().duplicateAsyncEvents(1.0).build();
         * }</pre>
         *
         * @throws InvalidConfigurationException when the share is not between 0 and 1
         */
        public Builder duplicateAsyncEvents(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new InvalidConfigurationException("duplicateAsyncEvents", Double.toString(share), null,
                        "duplicateAsyncEvents " + share + " is not a share of events: give a number from 0 (no event"
                                + " delivered twice) to 1 (every event), for example 0.1.");
            }
            this.asyncDuplicates = share;
            return this;
        }

        /**
         * Serves the runtime's functions on Lambda's Invoke API (2015-03-31), on {@code 127.0.0.1} and an
         * ephemeral port ({@link LambdaRuntime#invokeApiEndpoint()}), closed with the runtime: the AWS SDK's
         * {@code LambdaClient} invokes them there as it would on AWS, synchronously, asynchronously or as a
         * dry run. Every function deployed into the runtime gets {@value LambdaRuntime#INVOKE_API_ENDPOINT_VARIABLE}
         * naming it (unless its configuration names an endpoint of its own), so that a function invoking
         * another one through the SDK reaches this runtime. Off by default. See {@code docs/invoke-api.md}.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build();
         * }</pre>
         */
        public Builder invokeApi(boolean serve) {
            this.invokeApi = serve;
            return this;
        }

        /**
         * Where the functions deployed with {@link Isolation#REMOTE} are: the endpoint, region and deployed
         * names their invocations go to; unset, the AWS SDK's own resolution (AWS Lambda, in the region of
         * its chain) and each function's own name. See {@code docs/remote.md}.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder()
         *         .remote(RemoteConfig.builder().region("eu-west-1").function("orders", "orders-prod:live").build())
         *         .defaultIsolation(Isolation.REMOTE).build();
         * }</pre>
         */
        public Builder remote(RemoteConfig config) {
            this.remote = Objects.requireNonNull(config, "config: pass RemoteConfig.defaults() for the SDK's own");
            return this;
        }

        /**
         * Seeds the runtime's random choices: which version of a weighted alias an invocation runs.
         * Without a seed they differ from run to run, as Lambda's do.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().seed(42).build();
         * }</pre>
         */
        public Builder seed(long seed) {
            this.random = new Random(seed);
            return this;
        }

        /**
         * Draws the spare environments of forked functions from a pool that outlives this runtime
         * (a test suite's), instead of keeping spares of the runtime's own
         * ({@link #spareEnvironments(SpareEnvironments)}): a cold start takes the spare an earlier
         * runtime's function left booting, and the pool's mode decides what a spare runs ahead.
         * Closing the runtime leaves the pool's spares to the pool. While a debug port is set, no
         * spare is used.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build();
         * }</pre>
         */
        public Builder sparePool(SparePool pool) {
            this.sparePool = Objects.requireNonNull(pool, "pool");
            return this;
        }

        /**
         * The isolation of functions deployed without one ({@link LambdaRuntime#function(FunctionConfig,
         * FunctionCode)}); in-process when not set. {@code @LambdaTest} sets the suite's
         * ({@code lambdaharness.isolation}), so functions a test deploys by hand into the injected
         * runtime run as the annotated ones do.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().defaultIsolation(Isolation.FORKED).build();
         * }</pre>
         */
        public Builder defaultIsolation(Isolation isolation) {
            this.defaultIsolation = Objects.requireNonNull(isolation, "isolation: pass Isolation.IN_PROCESS for the default");
            return this;
        }

        /**
         * Refuses to deploy a function whose code would run on another Java than its runtime's, instead
         * of running it with a warning. A function declaring {@code java21} runs in-process on the test
         * JVM, whatever its version; forked, on a JDK 21 when one is found (see {@code docs/configuration.md}),
         * else on the test JVM or the nearest newer JDK. Without strict checking such a function runs, its
         * {@code INIT_START} runtime version ends in {@code -on-java25} (say) and the runtime warns once per
         * JVM; with it, {@link #function} throws {@link InvalidConfigurationException} naming the fix. Without
         * this setting, the system property {@value LambdaRuntime#STRICT_RUNTIME_PROPERTY} decides (off by default).
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().strictRuntime(true).build();
         * }</pre>
         */
        public Builder strictRuntime(boolean strict) {
            this.strictRuntime = strict;
            return this;
        }

        /**
         * The runtime client forked environments run: the real RIC, the harness's own, or
         * {@link RuntimeClient#AUTOMATIC} (the RIC where its native client exists, the harness's
         * elsewhere). Without this setting, the system property {@value RuntimeClient#PROPERTY}
         * decides ({@link RuntimeClient#fromSystemProperty()}). In-process environments run neither.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.HARNESS).build();
         * }</pre>
         */
        public Builder runtimeClient(RuntimeClient client) {
            this.runtimeClient = Objects.requireNonNull(client, "client: pass RuntimeClient.AUTOMATIC for the default");
            return this;
        }

        /**
         * Keeps a spare execution environment ready for each forked function, so its cold starts do
         * not wait for a JVM to boot ({@link SpareEnvironments}: {@code BOOTED} runs nothing of the
         * function ahead, {@code INITIALISED} runs its INIT ahead too). Off ({@code NONE}) by default;
         * in-process functions are not affected, and while a debug port is set there are no spares
         * (a spare's JVM would wait for the debugger). Each spare is one more JVM while the runtime lives.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().spareEnvironments(SpareEnvironments.BOOTED).build();
         * }</pre>
         */
        public Builder spareEnvironments(SpareEnvironments spares) {
            this.spareEnvironments = Objects.requireNonNull(spares, "spares: pass SpareEnvironments.NONE for none");
            return this;
        }

        /**
         * Debugs the runtime's functions. Each forked environment's child JVM starts with a JDWP agent
         * listening on {@code 127.0.0.1:port} and waits for a debugger before it runs anything
         * ({@code suspend=y}), so breakpoints in static initialisers and in the first invocation are
         * hit: attach your IDE's remote debugger ("Attach to remote JVM", socket, port) when the
         * runtime logs that the environment waits. One forked environment at a time can hold the
         * port; an invocation that needs a second one while the first lives is refused with
         * {@link InvocationRejectedException} ({@code TooManyRequestsException}, as Lambda throttles).
         * In-process functions run in the test JVM: debug them with the test JVM's own debugger; the
         * port plays no part there.
         *
         * <p>While a debug port is set, no function timeout or INIT limit is enforced, in either
         * isolation, since the debugger may hold a handler at a breakpoint as long as it likes; the
         * function still sees the deadline it would have without one in {@code Context.getRemainingTimeInMillis()}.
         * The runtime says so in its log ({@code System.Logger} "dev.lambdaharness", level INFO).
         *
         * <pre>{@code
         * try (LambdaRuntime runtime = LambdaRuntime.builder().debugPort(5005).build()) {
         *     runtime.function(config, code, Isolation.FORKED).invoke(event); // waits for the debugger
         * }
         * }</pre>
         *
         * @param port the TCP port, 1 to 65535
         * @throws InvalidConfigurationException when the port is out of range
         */
        public Builder debugPort(int port) {
            if (port < 1 || port > 65535) {
                throw new InvalidConfigurationException("debugPort", Integer.toString(port), null, "debugPort " + port
                        + " is no TCP port. Give one from 1 to 65535, for example 5005, the usual JDWP port.");
            }
            this.debugPort = port;
            return this;
        }

        /** The clock deadlines, durations and timestamps read. */
        public Builder clock(RuntimeClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Stretches the time limits the runtime enforces, for machines slower than Lambda's (a busy
         * CI runner): a function times out after {@code factor} times its timeout, INIT after
         * {@code factor} times Lambda's 10 s. What the function and the reports see stays Lambda's:
         * the timeout error still says "Task timed out after 3.00 seconds" for a 3 s function, and a
         * timed-out invocation still lasts the configured timeout in its REPORT. The function's
         * deadline ({@code getRemainingTimeInMillis()}) is stretched with the limit, so a handler
         * that budgets its time stops where the harness would stop it. The runtime logs the factor
         * when it is built, each timeout against the stretched limit, and each invocation that
         * would have timed out on Lambda.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().timeoutScale(3).build();
         * }</pre>
         *
         * @param factor at least 1; 1, the default, enforces Lambda's limits as they are
         * @throws InvalidConfigurationException when the factor is below 1, infinite or not a number
         */
        public Builder timeoutScale(double factor) {
            this.timeoutScale = TimeoutScale.check(factor);
            return this;
        }

        /** Adds a listener that hears of every invocation of every function of the runtime. */
        public Builder invocationListener(InvocationListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Gives each forked environment a {@code /tmp} of its own, as each Lambda execution environment
         * has: a directory of the environment bind-mounted on {@code /tmp} in mount and user namespaces
         * of its child JVM, so a handler that writes {@code /tmp/x} sees neither the machine's
         * {@code /tmp/x} nor another environment's. Without it a forked environment gets a private
         * {@code java.io.tmpdir}, and literal {@code /tmp} paths are the machine's. A harness setting,
         * not a Lambda one; it changes nothing for in-process environments, whose {@code /tmp} is the
         * test JVM's.
         *
         * <p>Linux only, and only where unprivileged user namespaces are allowed: the first runtime
         * built with it checks that once per JVM by starting a probe child.
         *
         * <pre>{@code
         * try (LambdaRuntime runtime = LambdaRuntime.builder().privateTmp(true).build()) {
         *     LambdaFunction function = runtime.function(config, code, Isolation.FORKED);
         * }
         * }</pre>
         *
         * @param enabled whether forked environments get a private {@code /tmp}; off by default
         */
        public Builder privateTmp(boolean enabled) {
            this.privateTmp = enabled;
            return this;
        }

        /**
         * Runs this runtime's forked environments on another runtime set than the one the harness
         * carries: a directory holding the jars of a Java runtime's {@code /var/runtime/lib} (the
         * runtime interface client, aws-lambda-java-core and aws-lambda-java-serialization), for
         * example serialization 1.4.1, which reads records. It wins over the JVM-wide
         * {@code -Dlambda.harness.runtimeSet}. In-process environments keep the carried set's rules.
         *
         * <pre>{@code
         * try (LambdaRuntime runtime = LambdaRuntime.builder().runtimeSet(Path.of("target/runtime-2.10.1")).build()) {
         *     LambdaFunction function = runtime.function(config, code, Isolation.FORKED);
         * }
         * }</pre>
         *
         * @param directory the set's jars; checked when the runtime is built
         */
        public Builder runtimeSet(Path directory) {
            this.runtimeSet = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Creates the runtime.
         *
         * @throws InvalidConfigurationException when {@link #privateTmp(boolean)} is on and this machine cannot give a
         *     child JVM a private {@code /tmp} (the message says why), or {@value RuntimeClient#PROPERTY} names no
         *     runtime client, or {@link #runtimeSet(Path)} names a directory that is not a runtime set
         */
        public LambdaRuntime build() {
            if (privateTmp) {
                PrivateTmp.unavailableBecause().ifPresent(reason -> {
                    throw new InvalidConfigurationException("privateTmp", "true", null, "privateTmp(true) cannot work on this"
                            + " machine: " + reason + ". Build the runtime without privateTmp (forked environments then get a"
                            + " private java.io.tmpdir, but literal /tmp paths are the machine's).");
                });
            }
            Debugging debugging = debugPort == null ? Debugging.OFF : new Debugging(OptionalInt.of(debugPort));
            RuntimeClient client = runtimeClient != null ? runtimeClient : RuntimeClient.fromSystemProperty();
            SpareEnvironments spares = debugging.on() ? SpareEnvironments.NONE : spareEnvironments;
            boolean strict = strictRuntime != null ? strictRuntime
                    : Boolean.parseBoolean(System.getProperty(STRICT_RUNTIME_PROPERTY, "false").trim());
            Optional<RuntimeSet> set = Optional.ofNullable(runtimeSet).map(Builder::runtimeSetIn);
            LambdaRuntime runtime = new LambdaRuntime(clock, timeoutScale, listeners,
                    new ForkedOptions(privateTmp, debugging, client, spares, set), strict, defaultIsolation,
                    new AccountConcurrency(accountConcurrency), idleTimeout, random != null ? random : new Random(),
                    asyncWorkers, asyncDuplicates, remote);
            runtime.sparePool = sparePool;
            if (invokeApi) {
                runtime.invokeApi = InvokeApiServer.start(runtime::deployed);
            }
            return runtime;
        }

        private static RuntimeSet runtimeSetIn(Path directory) {
            try {
                return RuntimeSet.fromDirectory(directory.toAbsolutePath().normalize());
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("runtimeSet", directory.toString(), null, e.getMessage());
            }
        }
    }
}
