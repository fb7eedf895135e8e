package dev.lambdaharness.conformance.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * Builds the rules for one set of declared handler strings: each rule is
 * {@code classes().should(condition)}, so its condition sees every analysed class (the call
 * graph's scope) and checks the handlers among them. {@code LambdaRules} is its public face.
 *
 * <pre>{@code
 * ArchRule exits = new RuleFactory(List.of("com.example.Orders::create")).noExit();
 * }</pre>
 */
public final class RuleFactory {

    /**
     * The default bound of {@code handler-methods-thin}. No Lambda source gives a number: 80
     * instructions fit reading the event and the environment, validating, formatting with a few
     * arguments, delegating, logging and catching (AWS's own sample {@code OrderHandler}, which
     * does all that and delegates the upload, has 64); a handler that also does the work (AWS's
     * image-resizing sample, 105) is over it.
     */
    public static final int DEFAULT_MAX_HANDLER_INSTRUCTIONS = 80;

    /**
     * The default bound of {@code logic-outside-runtime-classes}, per method of a class that
     * depends on the Lambda runtime. No Lambda source gives a number: 40 instructions fit a helper
     * that builds a response, a request or a log line, or calls a client and wraps its failure
     * (the helpers of AWS's samples {@code example-java}, {@code java-basic} and {@code s3-java}
     * that do only that have 1 to 28); the image scaling and the content-type choice and upload
     * {@code s3-java} keeps in its handler class (64 and 62) are over it.
     */
    public static final int DEFAULT_MAX_RUNTIME_CLASS_METHOD_INSTRUCTIONS = 40;

    private final Handlers handlers;

    /** @param declared the handler strings the project declares; classes implementing the handler interfaces are always found */
    public RuleFactory(List<String> declared) {
        this.handlers = new Handlers(declared);
    }

    public ArchRule clientsCreatedDuringInit() {
        return rule(path(RuleId.CLIENTS_CREATED_DURING_INIT, "create clients and connections during INIT", new ClientCreation()),
                "Lambda handlers should create AWS SDK clients, HTTP clients and database connections during INIT, not on the invocation path",
                "Lambda's guidance is to take advantage of execution environment reuse: initialize SDK clients and database connections"
                        + " outside of the function handler, so that subsequent invocations reuse them");
    }

    public ArchRule noSynchronousLambdaInvoke() {
        return rule(path(RuleId.NO_SYNCHRONOUS_LAMBDA_INVOKE, "invoke no function synchronously", LambdaInvokes.SYNCHRONOUS),
                "Lambda handlers should not invoke other Lambda functions synchronously",
                "a function that waits for another is billed for the wait, shares its timeout and compounds its errors;"
                        + " Lambda's guidance is to invoke asynchronously (InvocationType Event) or to orchestrate with Step Functions");
    }

    public ArchRule noSelfInvocation() {
        return rule(path(RuleId.NO_SELF_INVOCATION, "not invoke their own function", LambdaInvokes.OWN_FUNCTION),
                "Lambda handlers should not invoke their own function",
                "Lambda's guidance is to avoid recursive invocations, where the function invokes itself:"
                        + " they can lead to an unintended volume of function invocations and escalated costs");
    }

    public ArchRule noExit() {
        return rule(path(RuleId.NO_EXIT, "not stop the JVM", new ExitCalls()),
                "Lambda handlers should not call System.exit, Runtime.exit or Runtime.halt",
                "exiting ends the runtime: the invocation fails with Runtime.ExitError and Lambda discards the execution environment,"
                        + " so the next invocation is a cold start");
    }

    public ArchRule noPrintStackTrace() {
        return rule(path(RuleId.NO_PRINT_STACK_TRACE, "not print stack traces to stderr", new StackTracePrints()),
                "Lambda handlers should log errors through a logger, not printStackTrace",
                "Lambda sends each line printed to stderr to CloudWatch Logs as its own log event, outside the function's log format and level;"
                        + " LambdaLogger or a logging library writes a whole stack trace as one event");
    }

    public ArchRule noStateBetweenInvocations() {
        return rule(path(RuleId.NO_STATE_BETWEEN_INVOCATIONS, "keep no state between invocations", new StateWrites()),
                "Lambda handlers should not write static fields or fields of the handler instance on the invocation path, except declared caches",
                "Lambda's guidance is to treat functions as stateless: to avoid potential data leaks across invocations, don't use the"
                        + " execution environment to store user data, events, or other information with security implications");
    }

    public ArchRule backgroundWorkFinishes() {
        return rule(path(RuleId.BACKGROUND_WORK_FINISHES, "finish their background work", new BackgroundWork()),
                "Lambda handlers should join the threads and shut down the executors they start on the invocation path",
                "Lambda freezes the execution environment when the handler returns: background work that did not complete"
                        + " resumes only if Lambda reuses the environment, and is lost when Lambda shuts it down");
    }

    public ArchRule filesUnderTmp() {
        return rule(path(RuleId.FILES_UNDER_TMP, "write files under /tmp only", new FileWrites()),
                "Lambda handlers should write files under /tmp only",
                "Lambda's file system is read-only except for the ephemeral storage in /tmp, which is also the place Lambda's guidance"
                        + " names to cache static assets across invocations");
    }

    public ArchRule snapStartUniqueness() {
        return rule(new SnapStartCondition(handlers),
                "Lambda handlers of SnapStart functions should capture no random, time or id value during INIT",
                "Lambda's SnapStart guidance is to generate unique ids, secrets and random seeds in the handler or in an afterRestore hook:"
                        + " every execution environment restored from one snapshot starts with the same memory");
    }

    public ArchRule noHardCodedCredentials() {
        return rule(new CredentialsCondition(),
                "Classes should hold no hard-coded AWS credentials",
                "Lambda's guidance is to keep credentials out of code: the function's execution role provides them,"
                        + " and secrets belong in AWS Secrets Manager or Parameter Store, named in environment variables");
    }

    public ArchRule configurationInEnvironment() {
        return rule(new ConfigurationCondition(),
                "Classes should read regions, ARNs and account ids from environment variables, not from literals",
                "Lambda's guidance is to use environment variables to pass operational parameters to your function;"
                        + " Lambda sets AWS_REGION, and a literal region, ARN or account id breaks the function in another region, account or stage");
    }

    public ArchRule resourceNamesInEnvironment() {
        return rule(new ResourceNamesCondition(),
                "Classes should read DynamoDB table, S3 bucket, SQS queue and SNS topic names from environment variables, not from literals",
                "Lambda's guidance is to use environment variables to pass operational parameters to your function;"
                        + " a table, bucket, queue or topic name written in code ties the function to one stage and cannot change without a new deployment package");
    }

    public ArchRule logicOutsideRuntimeClasses(int maxInstructions) {
        return rule(new RuntimeLogicCondition(handlers, maxInstructions),
                "Classes that depend on com.amazonaws.services.lambda.runtime should hold no business logic (methods beyond the handler method of at most "
                        + maxInstructions + " bytecode instructions)",
                "Lambda's guidance is to separate the Lambda handler from your core logic, which makes a more unit-testable function;"
                        + " logic in a class that depends on the runtime's types can only be tested with a Lambda context and event");
    }

    public ArchRule handlersLoadable() {
        return rule(new LoadableCondition(handlers),
                "Lambda handlers should load as the runtime loads them",
                "the runtime calls the method it resolves from the handler string, on an instance it creates with the class's public"
                        + " no-argument constructor; a handler that does not load fails every invocation");
    }

    public ArchRule handlerMethodsThin(int maxInstructions) {
        return rule(new ThinHandlerCondition(handlers, maxInstructions),
                "Lambda handler methods should stay thin and delegate (at most " + maxInstructions + " bytecode instructions)",
                "Lambda's guidance is to separate the Lambda handler from your core logic, which makes a more unit-testable function");
    }

    public ArchRule suppressionsStateAReason() {
        return rule(new SuppressionsCondition(),
                "Suppressions of Lambda rules should name an existing rule and state a reason",
                "a suppression without a reason cannot be reviewed, and one naming no rule suppresses nothing");
    }

    /** @return every rule but SnapStart's, with the default bounds for thin handler methods and for methods of runtime classes */
    public ArchRule all() {
        return CompositeArchRule.of(clientsCreatedDuringInit())
                .and(noSynchronousLambdaInvoke())
                .and(noSelfInvocation())
                .and(noExit())
                .and(noPrintStackTrace())
                .and(noStateBetweenInvocations())
                .and(backgroundWorkFinishes())
                .and(filesUnderTmp())
                .and(noHardCodedCredentials())
                .and(configurationInEnvironment())
                .and(resourceNamesInEnvironment())
                .and(handlersLoadable())
                .and(handlerMethodsThin(DEFAULT_MAX_HANDLER_INSTRUCTIONS))
                .and(logicOutsideRuntimeClasses(DEFAULT_MAX_RUNTIME_CLASS_METHOD_INSTRUCTIONS))
                .and(suppressionsStateAReason())
                .as("Lambda best practices");
    }

    private InvocationPathCondition path(RuleId rule, String description, InvocationPathCondition.Check check) {
        return new InvocationPathCondition(rule, handlers, description, check);
    }

    private static ArchRule rule(ArchCondition<JavaClass> condition, String description, String reason) {
        // Not allowEmptyShould: no class at all means the import found nothing, and ArchUnit's message says so.
        return classes().should(condition).as(description).because(reason);
    }
}
