package dev.lambdaharness.junit;

import dev.lambdaharness.core.Architecture;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.TracingMode;
import dev.lambdaharness.junit.internal.LambdaTestExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declare a Lambda function for the tests of a class: each test gets a fresh Lambda Harness runtime
 * with the function deployed (a cold start on its first invocation), and takes it as a parameter.
 *
 * <pre>{@code
 * @LambdaTest(handler = "com.example.orders.CreateOrder::handleRequest", memory = 512, timeout = 10)
 * class CreateOrderTest {
 *
 *     @Test
 *     void createsAnOrder(LambdaFunction function, @Event("apigateway/http-api-v2") APIGatewayV2HTTPEvent request) {
 *         request.setBody("{\"sku\":\"A-1\"}");
 *         InvocationResult result = function.invoke(request);
 *         assertThat(result.payloadAsJson().get("statusCode").asInt()).isEqualTo(201);
 *     }
 * }
 * }</pre>
 *
 * <p>Several functions: repeat the annotation with a {@link #name()} each and qualify parameters
 * with {@link Function @Function}. They share one runtime, so {@link #scope()} and the code
 * settings may differ between them only where noted.
 *
 * <pre>{@code
 * @LambdaTest(name = "create", handler = "com.example.orders.CreateOrder::handleRequest")
 * @LambdaTest(name = "ship", handler = "com.example.orders.ShipOrders")
 * class OrdersTest {
 *     @Test
 *     void shipsWhatWasCreated(@Function("create") LambdaFunction create, @Function("ship") LambdaFunction ship) { }
 * }
 * }</pre>
 *
 * <p>Every numeric attribute left at 0 and every text attribute left empty means Lambda's default
 * ({@link FunctionConfig}'s), never a value of ours. Parameters the extension supplies:
 * {@code LambdaFunction}, {@code LambdaRuntime}, the runtime's clock ({@code VirtualClock}, or
 * {@code RuntimeClock}: the runtime of a test runs on a virtual clock, which keeps real time until a
 * test moves it), {@link InvocationHistory} and {@link Event @Event} fixtures. Suite-wide settings come from
 * JUnit configuration parameters ({@value #ISOLATION_PROPERTY_NAME}, {@value #TIMEOUT_SCALE_PROPERTY_NAME},
 * {@value #STRICT_RUNTIME_PROPERTY_NAME}, {@value #SPARES_PROPERTY_NAME}; for the deployed functions,
 * {@value #REMOTE_ENDPOINT_PROPERTY_NAME}, {@value #REMOTE_REGION_PROPERTY_NAME} and
 * {@value #REMOTE_FUNCTION_PROPERTY_PREFIX}{@code <name>}).
 * Forked functions take their cold starts from spare environments the whole test run shares
 * ({@link #spares()}). The annotation also works as a meta-annotation, to name a function once for
 * many test classes. Needs JUnit Jupiter 5.10 or newer (JUnit 6
 * too); below 5.10 every class using it fails before its first test, naming the version found.
 *
 * @see RuntimeScope
 * @see FunctionOverride
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(LambdaTests.class)
@ExtendWith(LambdaTestExtension.class)
public @interface LambdaTest {

    /**
     * The JUnit configuration parameter that sets the isolation of every function whose annotation
     * does not set {@link #isolation()}: {@code in-process} (the default), {@code forked}, or
     * {@code remote}, which runs the tests against the deployed functions ({@code docs/remote.md}).
     */
    String ISOLATION_PROPERTY_NAME = "lambdaharness.isolation";

    /**
     * The JUnit configuration parameter that names the Lambda endpoint of remote functions
     * ({@code Isolation.REMOTE}), for example {@code http://127.0.0.1:3001}; unset, the AWS SDK's own
     * (AWS Lambda in the region).
     */
    String REMOTE_ENDPOINT_PROPERTY_NAME = "lambdaharness.remote.endpoint";

    /** The JUnit configuration parameter that names the region of remote functions; unset, the AWS SDK's region chain. */
    String REMOTE_REGION_PROPERTY_NAME = "lambdaharness.remote.region";

    /**
     * The prefix of the JUnit configuration parameters that map a function to the deployed one it stands
     * for when remote: {@code lambdaharness.remote.function.orders=orders-prod:live} (a name, name with
     * qualifier, or ARN), keyed by the function's {@link #name()} or a template function's logical id;
     * unmapped, a function is invoked by its own name.
     */
    String REMOTE_FUNCTION_PROPERTY_PREFIX = "lambdaharness.remote.function.";

    /**
     * The JUnit configuration parameter that stretches every enforced time limit by a factor of at
     * least 1, for slow machines; errors and reports keep Lambda's limits. Logged when set.
     */
    String TIMEOUT_SCALE_PROPERTY_NAME = "lambdaharness.timeout.scale";

    /**
     * The JUnit configuration parameter that refuses ({@code true}) a function whose code would run on
     * another Java than its runtime's, instead of running it with one warning per JVM (the default).
     * See {@code LambdaRuntime.Builder.strictRuntime(boolean)}.
     */
    String STRICT_RUNTIME_PROPERTY_NAME = LambdaRuntime.STRICT_RUNTIME_PROPERTY;

    /**
     * The JUnit configuration parameter that sets {@link #debugPort()} for every class that does not
     * set it, for example {@code -Dlambdaharness.debug.port=5005} in an IDE's run configuration.
     */
    String DEBUG_PORT_PROPERTY_NAME = "lambdaharness.debug.port";

    /**
     * The JUnit configuration parameter that sets {@link #spares()} for every class that does not set
     * it: {@code booted} (the default), {@code initialised} or {@code none}, for example
     * {@code -Dlambdaharness.forked.spares=none}.
     */
    String SPARES_PROPERTY_NAME = "lambdaharness.forked.spares";

    /**
     * The handler string, for example {@code com.example.Handler::handleRequest}. Required, unless
     * {@link #template()} names the function's template, which gives it.
     */
    String handler() default "";

    /**
     * A SAM or CloudFormation template, relative to the working directory, that configures the
     * function as it is deployed: handler, runtime, memory, timeout, environment, code
     * ({@code CodeUri}) and the rest, read from the file instead of repeated here
     * ({@code docs/templates.md}). Without {@link #function()} every function of the template is
     * deployed, each named by its logical id; with it, that one. The other attributes set here win
     * over the template's values (the enumerations only when set to another value than their
     * default), and {@link FunctionOverride @FunctionOverride} changes them per test:
     *
     * <pre>{@code
     * @LambdaTest(template = "template.yaml", function = "OrdersFunction", parameterOverrides = "Stage=test")
     * class OrdersTest {
     *     @Test
     *     void answers(LambdaFunction orders) { }
     * }
     * }</pre>
     */
    String template() default "";

    /** The logical id of the {@link #template()}'s function; empty for all of them. */
    String function() default "";

    /** Values of the {@link #template()}'s parameters over their defaults, each {@code "Name=value"}. */
    String[] parameterOverrides() default {};

    /**
     * Values at property paths of the {@link #template()}, each {@code "Path=value"}, for what cannot
     * be resolved on this machine ({@code !ImportValue}, attributes of resources the harness does not
     * model): {@code "Resources.OrdersFunction.Properties.Environment.Variables.BUS=arn:..."}.
     */
    String[] templateValues() default {};

    /**
     * An environment variables file in SAM CLI's {@code --env-vars} format, relative to the working
     * directory, applied to the {@link #template()}'s functions by logical id: every variable of the
     * function's member (and of {@code "Parameters"}) is set, whether the template declares it or not.
     */
    String envVars() default "";

    /**
     * The function's name, which {@link Function @Function} parameters refer to; by default the
     * simple name of the handler class, as {@link FunctionConfig} names it.
     */
    String name() default "";

    /** The memory size in MB, 128 to 10240; 0 for Lambda's default of 128. */
    int memory() default 0;

    /** The timeout in seconds, 1 to 900; 0 for Lambda's default of 3. */
    int timeout() default 0;

    /** The size of {@code /tmp} in MB, 512 to 10240; 0 for Lambda's default of 512. */
    int ephemeralStorage() default 0;

    /** Environment variables, each {@code "KEY=value"}. */
    String[] environment() default {};

    /**
     * A method of the test class that changes the configuration when the function's runtime starts,
     * for values known only then, such as a fake service's port. It takes the
     * {@code FunctionConfig.Builder} holding what the annotation set and changes it; static, or an
     * instance method when the runtime is the test's own ({@code scope = TEST}, the default). It runs
     * after the class's {@code @BeforeAll} and {@code @BeforeEach} methods:
     *
     * <pre>{@code
     * @LambdaTest(handler = "example.Orders", configure = "withFakeStore")
     * class OrdersTest {
     *     static HttpServer store = fakeStoreOnAFreePort();
     *
     *     static void withFakeStore(FunctionConfig.Builder function) {
     *         function.environment("STORE_URL", "http://127.0.0.1:" + store.getAddress().getPort());
     *     }
     * }
     * }</pre>
     *
     * <p>Empty for none.
     */
    String configure() default "";

    /** The runtime: {@code java17}, {@code java21} or {@code java25}; empty for the newest the test JVM runs. */
    String runtime() default "";

    /** The instruction set. */
    Architecture architecture() default Architecture.X86_64;

    /** The region, for example {@code eu-west-1}; empty for {@code us-east-1}. */
    String region() default "";

    /** The 12-digit account id in the function's ARNs; empty for {@code 123456789012}. */
    String accountId() default "";

    /** The log format. */
    LogFormat logFormat() default LogFormat.TEXT;

    /** At most one application log level; Lambda accepts it with {@link LogFormat#JSON} only. */
    LogLevel[] applicationLogLevel() default {};

    /** At most one system log level ({@code DEBUG}, {@code INFO}, {@code WARN}); JSON logs only. */
    LogLevel[] systemLogLevel() default {};

    /** A custom CloudWatch log group; empty for {@code /aws/lambda/<name>}. */
    String logGroup() default "";

    /** The X-Ray tracing mode. */
    TracingMode tracing() default TracingMode.PASS_THROUGH;

    /**
     * Hosts beyond the loopback address the function's sockets may reach: host names
     * ({@code "db.internal"}), domains ({@code "*.example.com"}), addresses, CIDR blocks
     * ({@code "10.0.0.0/8"}) or {@code "*"}. Empty, a socket to any other address fails at once with a
     * message naming it, so that tests never reach the network (see
     * {@link FunctionConfig#allowedHosts()}).
     */
    String[] allowedHosts() default {};

    /**
     * At most one isolation. Set, it wins over the {@value #ISOLATION_PROPERTY_NAME} configuration
     * parameter, for a test that depends on it; empty, the parameter decides, and in-process
     * isolation is the default. {@code Isolation.REMOTE} invokes the deployed function instead, through
     * lambda-harness-remote ({@code docs/remote.md}).
     */
    Isolation[] isolation() default {};

    /**
     * The function's code as class directories and jars, searched in order, relative to the working
     * directory. At most one of {@code code}, {@link #taskRoot()} and {@link #deploymentPackage()};
     * with none, the code is the file {@code -Dlambdaharness.functionCode} names (the Maven plugin's
     * {@code prepare} goal writes it), else the test class path less test classes and test tools
     * ({@code FunctionCode.fromTestClasspath()}).
     */
    String[] code() default {};

    /** A task-root folder as Lambda lays out {@code /var/task}: classes plus {@code lib/*.jar}. */
    String taskRoot() default "";

    /** A deployment package, {@code .zip} or {@code .jar}, unpacked as Lambda unpacks it. */
    String deploymentPackage() default "";

    /** Layers: folders or {@code .zip} files holding {@code java/lib/*.jar}, or single jars. */
    String[] layers() default {};

    /**
     * Another runtime set for this function than the one the harness carries: a directory, relative to
     * the working directory, holding a Java runtime's {@code /var/runtime/lib} jars (the runtime
     * interface client, aws-lambda-java-core, aws-lambda-java-serialization), for example a newer
     * serialization that reads records. Forked isolation only: set {@code isolation = Isolation.FORKED}
     * with it. Empty for the carried set ({@code docs/fidelity.md} says which it is).
     */
    String runtimeSet() default "";

    /**
     * The function's reserved concurrency, 0 to 1000: at most that many of its invocations run at
     * once, and beyond them an invocation is throttled ({@code TooManyRequestsException}); 0 throttles
     * every invocation. Empty (the default) for none. An array so that 0 can be set:
     * {@code reservedConcurrency = 2}.
     */
    int[] reservedConcurrency() default {};

    /**
     * How many times Lambda retries an asynchronous invocation that failed, 0 to 2; empty (the
     * default) for Lambda's 2. An array so that 0 can be set: {@code maximumRetryAttempts = 0}.
     */
    int[] maximumRetryAttempts() default {};

    /** How old an asynchronous event may grow, 60 to 21600 seconds; 0 for Lambda's 6 hours. */
    int maximumEventAge() default 0;

    /**
     * The ARN of the on-success destination of asynchronous invocations, whose records
     * {@code runtime.destination(arn)} keeps; empty for none.
     */
    String onSuccess() default "";

    /** The ARN of the on-failure destination of asynchronous invocations; empty for none. */
    String onFailure() default "";

    /** The ARN of the dead-letter queue or topic of asynchronous invocations; empty for none. */
    String deadLetterTarget() default "";

    /**
     * Delivers every asynchronous event twice, as Lambda's queue may even when nothing failed: the
     * second delivery runs right after the first attempt, with the same request id, so a test sees
     * whether the function is idempotent. The setting is the runtime's: set on any {@code @LambdaTest}
     * of a class, it applies to every function of its runtime.
     */
    boolean duplicateAsyncEvents() default false;

    /**
     * Serves the runtime's functions on Lambda's Invoke API on {@code 127.0.0.1}, as
     * {@code LambdaRuntime.Builder.invokeApi(true)} does: code under test reaches them through the
     * AWS SDK's {@code LambdaClient} at {@code runtime.invokeApiEndpoint()}, and functions reach one
     * another through {@code AWS_ENDPOINT_URL_LAMBDA}. The setting is the runtime's: set on any
     * {@code @LambdaTest} of a class, it serves every function of its runtime.
     */
    boolean invokeApi() default false;

    /**
     * Provisioned concurrency, 1 to 1000; 0 for none. Lambda allows it on published versions only, so
     * the runtime publishes the function as version 1 and puts that many environments, initialised
     * ahead, on it: the {@code LambdaFunction} a test takes is then version 1 (its invocations warm,
     * spilling over to on-demand environments beyond them), and {@code $LATEST} stays reachable with
     * {@code qualified("$LATEST")}.
     */
    int provisionedConcurrency() default 0;

    /**
     * The account's concurrency limit the runtime enforces, 0 for Lambda's default of 1000. With several
     * functions the limit is the runtime's, so every {@code @LambdaTest} of the class that sets one must
     * set the same.
     */
    int accountConcurrency() default 0;

    /**
     * How long a runtime lives. With several functions the scope is the runtime's, so it must be the
     * same on every {@code @LambdaTest} of the class.
     */
    RuntimeScope scope() default RuntimeScope.TEST;

    /**
     * A JDWP port on 127.0.0.1 to debug the function on; 0 for none. Forked environments start
     * suspended until a debugger attaches to it; in-process functions are debugged with the test
     * JVM's own debugger. Either way no timeout is enforced while it is set, and the runtime logs
     * so. With several functions the port is the runtime's, so every {@code @LambdaTest} of the
     * class that sets one must set the same; unset, {@value #DEBUG_PORT_PROPERTY_NAME} decides.
     */
    int debugPort() default 0;

    /**
     * At most one: what the suite's spare environments run ahead for this class's forked functions.
     * A forked cold start takes a spare child JVM that booted while an earlier test ran, from a pool
     * the whole test run shares (at most one spare per processor, none under a debugger, all ended
     * when the run ends). {@code BOOTED}, the default, runs nothing of the function ahead, so INIT
     * runs in the test and its {@code REPORT} is as without spares; {@code INITIALISED} runs INIT
     * ahead too; {@code NONE} boots each child in its test. With several functions the setting is the
     * runtime's, so every {@code @LambdaTest} of the class that sets it must set the same; unset,
     * {@value #SPARES_PROPERTY_NAME} decides. In-process functions have no spares.
     *
     * <pre>{@code
     * @LambdaTest(handler = "com.example.Orders", isolation = Isolation.FORKED, spares = SpareEnvironments.NONE)
     * }</pre>
     */
    SpareEnvironments[] spares() default {};
}
