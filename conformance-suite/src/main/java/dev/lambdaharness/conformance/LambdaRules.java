package dev.lambdaharness.conformance;

import com.tngtech.archunit.lang.ArchRule;
import dev.lambdaharness.conformance.internal.RuleFactory;
import java.util.List;
import java.util.Objects;

/**
 * AWS Lambda's best practices for Java functions as ArchUnit rules. Handlers are found as the
 * runtime finds them: every concrete class implementing {@code RequestHandler} or
 * {@code RequestStreamHandler}, plus the handler strings passed to {@link #forHandlers}; the
 * method each one runs is resolved with the harness's handler resolution (the runtime's rules).
 * Rules about the invocation path follow calls from that method across all analysed classes,
 * through interfaces to their implementations, and report the path. Each message ends with the
 * rule's id and its section of {@code docs/rules.md}; {@link SuppressLambdaRule} suppresses a
 * rule with a reason.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.orders", importOptions = ImportOption.DoNotIncludeTests.class)
 * class LambdaBestPracticesTest {
 *
 *     @ArchTest
 *     static final ArchRule bestPractices = LambdaRules.ALL;
 *
 *     // or one by one, or with the handler strings of the project's template:
 *     @ArchTest
 *     static final ArchRule declared = LambdaRules.forHandlers("com.example.orders.Orders::create");
 * }
 * }</pre>
 *
 * <p>The handler classes are loaded, never initialised, through the thread's context class loader
 * (in a test, the test class path), so no static initialiser or constructor of the function runs.
 */
public final class LambdaRules {

    private static final RuleFactory RULES = new RuleFactory(List.of());

    /**
     * {@code clients-created-during-init}: AWS SDK (v1 and v2) clients, HTTP clients (JDK, Apache
     * 4/5, OkHttp, the SDK's) and JDBC connections are created during INIT (static initialiser,
     * constructor, field initialiser), never in code reachable from the handler method.
     *
     * <pre>{@code
     * public class Orders implements RequestHandler<Order, String> {
     *     public String handleRequest(Order order, Context context) {
     *         DynamoDbClient dynamo = DynamoDbClient.create();      // violation: a new client per invocation
     *         ...
     *     }
     * }
     *
     * public class Orders implements RequestHandler<Order, String> {
     *     private static final DynamoDbClient DYNAMO = DynamoDbClient.create(); // compliant: created once, at INIT
     *     public String handleRequest(Order order, Context context) { ... DYNAMO.putItem(...) ... }
     * }
     * }</pre>
     */
    public static final ArchRule CLIENTS_ARE_CREATED_DURING_INIT = RULES.clientsCreatedDuringInit();

    /**
     * {@code no-synchronous-lambda-invoke}: no call of {@code LambdaClient.invoke} (SDK v2) or
     * {@code AWSLambda.invoke} (SDK v1) reachable from a handler, unless the calling method sets
     * the invocation type {@code Event} or {@code DryRun}.
     *
     * <pre>{@code
     * LAMBDA.invoke(InvokeRequest.builder().functionName("billing").payload(body).build());   // violation: waits
     * LAMBDA.invoke(InvokeRequest.builder().functionName("billing").payload(body)
     *         .invocationType(InvocationType.EVENT).build());                                  // compliant
     * }</pre>
     */
    public static final ArchRule NO_SYNCHRONOUS_LAMBDA_INVOKE = RULES.noSynchronousLambdaInvoke();

    /**
     * {@code no-self-invocation}: no invoke (synchronous or not) of the function's own name, read
     * from {@code Context.getFunctionName()}, {@code getInvokedFunctionArn()} or
     * {@code AWS_LAMBDA_FUNCTION_NAME} on the path to the call.
     *
     * <pre>{@code
     * LAMBDA.invoke(r -> r.functionName(context.getFunctionName()).invocationType(InvocationType.EVENT)); // violation
     * SQS.sendMessage(r -> r.queueUrl(NEXT_PAGE_QUEUE).messageBody(cursor));                             // compliant
     * }</pre>
     */
    public static final ArchRule NO_SELF_INVOCATION = RULES.noSelfInvocation();

    /**
     * {@code no-exit}: no {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}
     * reachable from a handler.
     *
     * <pre>{@code
     * if (order == null) System.exit(1);                                 // violation
     * if (order == null) throw new IllegalArgumentException("no order"); // compliant: the invocation fails, the environment stays
     * }</pre>
     */
    public static final ArchRule NO_EXIT = RULES.noExit();

    /**
     * {@code no-print-stack-trace}: no {@code Throwable.printStackTrace()} reachable from a handler.
     *
     * <pre>{@code
     * catch (IOException e) { e.printStackTrace(); }                          // violation
     * catch (IOException e) { LOG.error("cannot read the order", e); }        // compliant
     * }</pre>
     */
    public static final ArchRule NO_PRINT_STACK_TRACE = RULES.noPrintStackTrace();

    /**
     * {@code no-state-between-invocations}: no write of a static field, or of a field of the handler
     * instance (outside constructors), on the invocation path, except to fields declared as caches
     * with {@code @SuppressLambdaRule(rule = "no-state-between-invocations", reason = ...)}.
     *
     * <pre>{@code
     * private static String lastUser;
     * public String handleRequest(Request request, Context context) {
     *     lastUser = request.user();                              // violation: the next caller's invocation sees it
     * }
     *
     * @SuppressLambdaRule(rule = "no-state-between-invocations", reason = "prices change daily; a warm cache is the point")
     * private static Map<String, Price> prices;                   // compliant: a declared cache
     * }</pre>
     */
    public static final ArchRule NO_STATE_BETWEEN_INVOCATIONS = RULES.noStateBetweenInvocations();

    /**
     * {@code background-work-finishes}: a thread started ({@code Thread.start}) or an executor
     * created ({@code Executors.new...}, {@code new ThreadPoolExecutor}, {@code new ForkJoinPool})
     * on the invocation path is joined or shut down by code the handler method reaches.
     *
     * <pre>{@code
     * ExecutorService pool = Executors.newFixedThreadPool(4);
     * orders.forEach(order -> pool.submit(() -> ship(order)));          // violation: returns with the work running
     *
     * try (ExecutorService pool = Executors.newFixedThreadPool(4)) {     // compliant: close() waits and shuts down
     *     orders.forEach(order -> pool.submit(() -> ship(order)));
     * }
     * }</pre>
     */
    public static final ArchRule BACKGROUND_WORK_FINISHES = RULES.backgroundWorkFinishes();

    /**
     * {@code files-under-tmp}: no file written on the invocation path to a literal absolute path
     * outside {@code /tmp}.
     *
     * <pre>{@code
     * Files.writeString(Path.of("/var/task/cache.json"), json);            // violation: read-only, fails with EROFS
     * Files.writeString(Path.of("/tmp/cache.json"), json);                 // compliant
     * }</pre>
     */
    public static final ArchRule FILES_UNDER_TMP = RULES.filesUnderTmp();

    /**
     * {@code no-hard-coded-credentials}: no AWS access key id among any class's string constants,
     * and no literal secret access key passed to {@code BasicAWSCredentials},
     * {@code BasicSessionCredentials}, {@code AwsBasicCredentials.create} or
     * {@code AwsSessionCredentials.create}.
     *
     * <pre>{@code
     * AwsBasicCredentials.create("AKIA...", "wJalr...");              // violation
     * S3Client.builder().build();                                      // compliant: the execution role's credentials
     * }</pre>
     */
    public static final ArchRule NO_HARD_CODED_CREDENTIALS = RULES.noHardCodedCredentials();

    /**
     * {@code configuration-in-environment}: no region name, ARN or account id as a string literal,
     * and no SDK region constant, in any analysed class; a method that reads environment
     * variables may keep literals as defaults.
     *
     * <pre>{@code
     * SqsClient.builder().region(Region.EU_WEST_1).build();                                   // violation
     * SqsClient.builder().region(Region.of(System.getenv("AWS_REGION"))).build();             // compliant
     * String queue = "arn:aws:sqs:eu-west-1:123456789012:orders";                             // violation
     * String queue = System.getenv("ORDERS_QUEUE_ARN");                                       // compliant
     * }</pre>
     */
    public static final ArchRule CONFIGURATION_IN_ENVIRONMENT = RULES.configurationInEnvironment();

    /**
     * {@code resource-names-in-environment}: no string constant is passed as the DynamoDB table,
     * S3 bucket, SQS queue (URL or name) or SNS topic ARN of an AWS SDK v1 or v2 call (request
     * builders such as {@code PutItemRequest.builder().tableName(..)}, v1 request constructors,
     * setters and client methods such as {@code s3.putObject("bucket", ..)}), whether written at
     * the call or kept in a static final field; a value read from the environment passes, and so
     * does a literal used only as its default.
     *
     * <pre>{@code
     * DYNAMO.putItem(PutItemRequest.builder().tableName("orders").item(item).build());                 // violation
     * private static final String TABLE = System.getenv("ORDERS_TABLE");
     * DYNAMO.putItem(PutItemRequest.builder().tableName(TABLE).item(item).build());                    // compliant
     * }</pre>
     */
    public static final ArchRule RESOURCE_NAMES_IN_ENVIRONMENT = RULES.resourceNamesInEnvironment();

    /**
     * {@code handlers-loadable}: each handler resolves as the runtime resolves it, and a class the
     * runtime instantiates is public, not a non-static inner class, with a public no-argument
     * constructor.
     *
     * <pre>{@code
     * public class Orders implements RequestHandler<Order, String> {
     *     public Orders(OrderService service) { ... }           // violation: the runtime cannot create it
     * }
     * public class Orders implements RequestHandler<Order, String> {
     *     public Orders() { this(new OrderService()); }         // compliant
     *     Orders(OrderService service) { ... }                  // and testable
     * }
     * }</pre>
     */
    public static final ArchRule HANDLERS_ARE_LOADABLE = RULES.handlersLoadable();

    /**
     * {@code handler-methods-thin}: a handler method has at most
     * {@value dev.lambdaharness.conformance.internal.RuleFactory#DEFAULT_MAX_HANDLER_INSTRUCTIONS}
     * bytecode instructions; {@link #handlerMethodsAreThin(int)} sets another bound.
     *
     * <pre>{@code
     * public String handleRequest(Order order, Context context) {
     *     // violation: validation, pricing, persistence and formatting, 200 instructions of them
     * }
     * public String handleRequest(Order order, Context context) {
     *     return service.place(order).id();                     // compliant: adapts and delegates
     * }
     * }</pre>
     */
    public static final ArchRule HANDLER_METHODS_ARE_THIN = RULES.handlerMethodsThin(RuleFactory.DEFAULT_MAX_HANDLER_INSTRUCTIONS);

    /**
     * {@code logic-outside-runtime-classes}: in a class that depends on
     * {@code com.amazonaws.services.lambda.runtime} (a handler class, or any class using
     * {@code Context}, {@code LambdaLogger} or an event type), every method other than the handler
     * methods, constructors and static initialisers has at most
     * {@value dev.lambdaharness.conformance.internal.RuleFactory#DEFAULT_MAX_RUNTIME_CLASS_METHOD_INSTRUCTIONS}
     * bytecode instructions, its lambda bodies included; {@link #logicLivesOutsideRuntimeClasses(int)}
     * sets another bound.
     *
     * <pre>{@code
     * public class Orders implements RequestHandler<Order, String> {
     *     public String handleRequest(Order order, Context context) { return price(order).toString(); }
     *     private BigDecimal price(Order order) { ... }           // violation: discounts and taxes, 90 instructions, testable only with Lambda's types around
     * }
     * public class Orders implements RequestHandler<Order, String> {
     *     public String handleRequest(Order order, Context context) { return PRICING.price(order).toString(); } // compliant
     * }
     * final class Pricing { BigDecimal price(Order order) { ... } }  // no Lambda type: the logic, testable alone
     * }</pre>
     */
    public static final ArchRule LOGIC_LIVES_OUTSIDE_RUNTIME_CLASSES =
            RULES.logicOutsideRuntimeClasses(RuleFactory.DEFAULT_MAX_RUNTIME_CLASS_METHOD_INSTRUCTIONS);

    /**
     * {@code suppressions-state-a-reason}: every {@link SuppressLambdaRule} names an existing rule
     * and states a reason.
     *
     * <pre>{@code
     * @SuppressLambdaRule(rule = "no-exit", reason = "")                                    // violation
     * @SuppressLambdaRule(rule = "no-exit", reason = "a crash test function, exits on purpose") // compliant
     * }</pre>
     */
    public static final ArchRule SUPPRESSIONS_STATE_A_REASON = RULES.suppressionsStateAReason();

    /**
     * {@code snapstart-uniqueness}, for functions with SnapStart (not part of {@link #ALL}): no
     * field of a handler class is assigned during INIT or in a CRaC {@code beforeCheckpoint} from a
     * {@code Random}, a UUID or the clock, unless {@code afterRestore} assigns it again.
     *
     * <pre>{@code
     * private static final String INSTANCE_ID = UUID.randomUUID().toString();  // violation: shared by every restored environment
     * public String handleRequest(Order order, Context context) {
     *     String requestToken = UUID.randomUUID().toString();                  // compliant: one per invocation
     * }
     * }</pre>
     */
    public static final ArchRule SNAPSTART_UNIQUENESS = RULES.snapStartUniqueness();

    /**
     * Every rule above but {@link #SNAPSTART_UNIQUENESS}, as one rule, for the handlers that
     * implement the handler interfaces.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule bestPractices = LambdaRules.ALL;
     * }</pre>
     */
    public static final ArchRule ALL = RULES.all();

    private LambdaRules() {
    }

    /**
     * Every rule, also for the given handler strings (a {@code Class::method} handler implements no
     * interface, so only its string names it). A string whose class is not among the analysed
     * classes fails the evaluation with a message naming it; one that does not resolve is a
     * {@code handlers-loadable} violation with the runtime's message.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule bestPractices = LambdaRules.forHandlers("com.example.Orders::create", "com.example.Reports::daily");
     * }</pre>
     *
     * @param handlers handler strings, {@code com.example.Handler} or {@code com.example.Handler::method}
     * @return every rule, for those handlers and the interface implementations
     */
    public static ArchRule forHandlers(String... handlers) {
        return new RuleFactory(List.of(Objects.requireNonNull(handlers, "handlers"))).all();
    }

    /**
     * {@code handler-methods-thin} with another bound.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule thin = LambdaRules.handlerMethodsAreThin(40);
     * }</pre>
     *
     * @param maxInstructions the most bytecode instructions a handler method may have, 1 or more
     * @return the rule
     */
    public static ArchRule handlerMethodsAreThin(int maxInstructions) {
        return RULES.handlerMethodsThin(maxInstructions);
    }

    /**
     * {@code logic-outside-runtime-classes} with another bound.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule adaptersOnly = LambdaRules.logicLivesOutsideRuntimeClasses(25);
     * }</pre>
     *
     * @param maxInstructions the most bytecode instructions a method of a class that depends on the runtime may have, 1 or more
     * @return the rule
     */
    public static ArchRule logicLivesOutsideRuntimeClasses(int maxInstructions) {
        return RULES.logicOutsideRuntimeClasses(maxInstructions);
    }
}
