package dev.lambdaharness.core.differential;

import static dev.lambdaharness.core.differential.CorpusCase.CORPUS;
import static dev.lambdaharness.core.differential.CorpusCase.of;
import static dev.lambdaharness.core.differential.CorpusCase.ofRawHandler;

import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The differential corpus: every case run through the in-process runtime and the RIC oracle. */
final class CorpusCases {

    private static final String CLIENT_CONTEXT = "{\"client\":{\"installation_id\":\"inst-1\",\"app_title\":\"Corpus\","
            + "\"app_version_name\":\"1.0\",\"app_version_code\":\"10\",\"app_package_name\":\"dev.corpus\"},"
            + "\"custom\":{\"tenant\":\"a\",\"n\":\"1\"},\"env\":{\"platform\":\"iOS\",\"locale\":\"en_GB\"}}";
    /** A client context naming Android: the runtime then (de)serialises POJOs with Gson instead of Jackson. */
    private static final String COGNITO = "{\"cognitoIdentityId\":\"us-east-1:id-1\",\"cognitoIdentityPoolId\":\"us-east-1:pool\"}";
    private static final String TRACE = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
    private static final String ANDROID = "{\"env\":{\"platform\":\"Android\"}}";

    private CorpusCases() {
    }

    static List<CorpusCase> all() {
        return List.of(
                // Handler signatures
                of("RequestHandler<String,String> named by its class", "Hello", "\"world\""),
                of("a JSON number read as a String", "Hello", "123"),
                of("null read as a String", "Hello", "null"),
                of("non-ASCII text and a character outside the BMP", "Hello", "\"w\u00e9 \u2713 \uD83D\uDE00 \u2028\""),
                of("a JSON object where a String is expected: parse error", "Hello", "{\"a\":1}"),
                of("a one-element array where a String is expected", "Hello", "[\"one\"]"),
                of("a String through Gson for an Android client", "Hello", "\"gson\"").withClientContext(ANDROID),
                of("a number as String through Gson for an Android client", "Hello", "12.50").withClientContext(ANDROID),
                of("RequestHandler named by Class::handleRequest", "Hello::handleRequest", "\"explicit\""),
                of("RequestStreamHandler", "Upper", "{\"shout\":\"é\"}"),
                of("Class::method taking a record, without Context", "Orders::fromRecord", "{\"sku\":\"A-1\",\"quantity\":2}"),
                of("Class::method taking a record: text that is no record", "Orders::fromRecord", "\"not an order\""),
                of("Class::method taking a bean and Context, lenient input", "Orders::fromBean",
                        "{\"sku\":\"B-2\",\"quantity\":\"3\",\"unknown\":true}"),
                of("overloads: the longest signature with Context wins", "Orders::overloaded", "\"x\""),
                of("a static method", "Orders::staticMethod", "\"s\""),
                of("a void method answers null", "Orders::returnsNothing", "\"v\""),
                of("a method returning null", "Orders::returnsNull", "\"n\""),
                of("a method without parameters", "Signatures::noParameters", "{\"ignored\":true}"),
                of("a method taking only Context", "Signatures::contextOnly", "{}"),
                of("a stream method (InputStream, OutputStream)", "Signatures::streams", "{\"a\":1}"),
                of("a stream method with Context", "Signatures::streamsWithContext", "[1,2,3]"),
                of("a stream method without OutputStream: return ignored, null answered", "Signatures::inputOnly", "\"abc\""),
                of("a static method taking only OutputStream", "Signatures::outputOnly", "{}"),
                of("only an unsupported overload", "Signatures::unsupported", "\"u\""),
                of("only an unsupported overload taking Context first", "Signatures::unsupportedContextFirst", "\"u\""),
                of("generic input type fixed through a superclass", "CountsItems", "[1,2,3]"),
                of("generic input: a single value wrapped into the list", "CountsItems", "\"5\""),
                of("a raw RequestHandler", "RawHandler", "{}"),
                of("cold start: the static initialiser prints", "ColdStartCounter", "{}"),
                of("warm start: the same environment counts on", "ColdStartCounter", "{}"),
                of("the context without a client context", "ContextEcho::handle", "{}"),
                of("the context with a client context", "ContextEcho::handle", "{}").withClientContext(CLIENT_CONTEXT),
                of("identity, client context and trace id from the caller's headers", "ContextDetails::handle", "{}")
                        .withClientContext(CLIENT_CONTEXT).withCognitoIdentity(COGNITO).withTraceHeader(TRACE),
                of("the thread the handler runs on", "ThreadFacts::handle", "{}"),
                of("the classes the function can load", "Visibility::handle", "{}"),
                of("the runtime's own classes", "RuntimeClasses::handle", "{}").knownDifference("the RIC's own classes"
                        + " (AWSLambda, and com.amazonaws.services.lambda.crac.Core, which org.crac's compat mode loads) are visible"
                        + " to the function under the RIC, not in-process, which never loads the RIC",
                        "\"com.amazonaws.services.lambda.crac.Core\":true} | in-process "),
                of("a class implementing both handler interfaces", "BothInterfaces", "\"b\""),
                of("Class::method naming a generic method inherited from a superclass", "CountsItems::handleRequest", "[4,5]"),

                // Serialisation
                of("Map in and out: null values left out", "Serialisation::map",
                        "{\"a\":1,\"b\":null,\"c\":{\"d\":null,\"e\":[1,null]},\"f\":1.5,\"g\":12345678901234567890,\"h\":\"\u00e9\"}"),
                of("a bean: coercion, single value as list, unknown and public fields", "Serialisation::bean",
                        "{\"name\":\"Ann\",\"count\":\"7\",\"tags\":\"solo\",\"unknown\":1,\"publicField\":\"set\",\"missing\":\"m\"}"),
                of("a bean with an enum it does not know", "Serialisation::bean", "{\"kind\":\"MEDIUM\",\"ratio\":2}"),
                of("a bean with an enum", "Serialisation::bean", "{\"kind\":\"LARGE\"}"),
                of("a bean through Gson for an Android client", "Serialisation::bean",
                        "{\"name\":\"Ann\",\"count\":7,\"tags\":[\"a\"]}").withClientContext(ANDROID),
                of("Date, Instant, LocalDate and Optional fields", "Serialisation::times", "\"t\""),
                of("Date, Instant, LocalDate and Optional fields through Gson for an Android client", "Serialisation::times", "\"t\"")
                        .withClientContext(ANDROID),
                of("Optional output, present", "Serialisation::optional", "\"x\""),
                of("Optional output, empty", "Serialisation::optional", "null"),
                of("Instant output", "Serialisation::instant", "1700000000"),
                of("byte[] output", "Serialisation::bytes", "\"bytes \u00e9\""),
                of("Date in and out as epoch milliseconds", "Serialisation::date", "1700000000123"),
                of("Date from an ISO text", "Serialisation::date", "\"2024-01-02T03:04:05.678Z\""),
                of("Date from a fractional number: parse error", "Serialisation::date", "1.5"),
                of("int in and out", "Serialisation::primitive", "21"),
                of("null for an int", "Serialisation::primitive", "null"),
                of("a response that fails to serialise", "Serialisation::unwritable", "\"u\""),
                of("Map through Gson for an Android client", "Serialisation::map", "{\"a\":1,\"b\":null,\"c\":[1,2.5]}")
                        .withClientContext(ANDROID),
                of("record in and out", "Serialisation::record", "{\"sku\":\"R\",\"quantity\":1}"),
                of("record out", "Serialisation::recordOut", "\"R-2\""),

                of("the function's own serialiser", "Orders::overloaded", "\"quiet\"").withSerialisers("ShoutingSerializer"),
                of("the function's own serialiser, warm", "Orders::overloaded", "{\"a\":1}").withSerialisers("ShoutingSerializer"),
                of("the function's own serialiser for an event class", "EventHandlers::scheduled", event("scheduled"))
                        .withSerialisers("ShoutingSerializer"),
                of("two serialisers of the function's own: refused", "Hello", "\"two\"")
                        .withSerialisers("ShoutingSerializer", "WhisperingSerializer"),
                of("two serialisers of the function's own, the next invocation", "Hello", "\"again\"")
                        .withSerialisers("ShoutingSerializer", "WhisperingSerializer"),

                // Events
                of("SQS with a batch response", "SqsBatch", event("sqs")),
                of("SQS for an Android client: still the event serialiser", "SqsBatch", event("sqs")).withClientContext(ANDROID),
                of("SNS, echoed", "EventHandlers::sns", event("sns")),
                of("S3, echoed", "EventHandlers::s3", event("s3")),
                of("DynamoDB stream with ApproximateCreationDateTime, echoed", "EventHandlers::dynamodb", event("dynamodb")),
                of("Kinesis, echoed", "EventHandlers::kinesis", event("kinesis")),
                of("ScheduledEvent, echoed", "EventHandlers::scheduled", event("scheduled")),
                of("API Gateway REST (v1) with a proxy response", "EventHandlers::restApi", event("apigateway-rest")),
                of("API Gateway HTTP API (v2) with a response object", "EventHandlers::httpApi", event("apigateway-http")),

                // Errors
                of("an exception with a cause", "Throws", "\"x\""),
                of("an exception with a cause, warm", "Throws", "\"y\""),
                of("an exception with a cause, logged as JSON", "Throws", "\"x\"").withLogs(LogFormat.JSON, null),
                of("an exception with a cause, logged as JSON at level FATAL", "Throws", "\"x\"").withLogs(LogFormat.JSON, LogLevel.FATAL),
                of("an exception without a message, with a suppressed one", "ThrowsWithoutMessage", "\"x\""),
                of("a checked exception from Class::method", "Orders::checked", "\"c\""),
                of("an exception message with characters JSON must escape", "Fails", "\"unicode\""),
                of("an exception overriding getLocalizedMessage", "Fails", "\"localised\""),
                of("an Error that is no VirtualMachineError", "Fails", "\"error\""),
                of("a circular cause chain", "Fails", "\"circular\""),
                of("an exception deep in the handler's own calls", "Fails", "\"deep\""),
                of("no failure, after failures", "Fails", "\"none\""),
                of("StackOverflowError: reported, then the runtime exits", "Fails", "\"overflow\""),
                of("class not found", "NoSuchHandler", "\"x\""),
                of("class not found, every invocation", "NoSuchHandler", "\"y\""),
                of("class not found, logged as JSON", "NoSuchHandler", "\"x\"").withLogs(LogFormat.JSON, null),
                of("method not found", "Hello::noSuchMethod", "\"x\""),
                of("a class that implements no handler interface", "Orders", "\"x\""),
                of("no public zero-argument constructor", "NoPublicConstructor", "\"x\""),
                of("an abstract class", "AbstractHandler", "\"x\""),
                of("a Kotlin-style object with a private constructor", "PrivateConstructor::handle", "\"x\""),
                of("a non-static inner class", "InnerClassHolder$Inner", "\"x\""),
                of("a class that is not public", "PackagePrivateHandler::handle", "\"x\""),
                of("a static initialiser that throws: init error", "StaticInitFails", "\"x\""),
                of("a static initialiser that throws, logged as JSON", "StaticInitFails", "\"x\"").withLogs(LogFormat.JSON, null),
                of("a constructor that throws: init error", "ConstructorFails", "\"x\""),
                of("a constructor that throws, for Class::method", "ConstructorFails::handleRequest", "\"x\""),
                of("a class missing while initialising: fatal", "NeedsMissingClass", "\"x\""),
                ofRawHandler("handler string without a class", "::handleRequest", "\"x\""),
                ofRawHandler("handler string without a method", CORPUS + "Hello::", "\"x\""),

                // Logs
                of("stdout, stderr and LambdaLogger levels in TEXT", "Prints", "\"x\""),
                of("stdout, stderr and LambdaLogger levels in JSON, level INFO", "Prints", "\"x\"")
                        .withLogs(LogFormat.JSON, LogLevel.INFO),
                of("every logger call, static logger, partial lines, in TEXT", "LogsEverything", "\"a\""),
                of("every logger call, warm, in TEXT", "LogsEverything", "\"b\""),
                of("every logger call in JSON without a level", "LogsEverything", "\"a\"").withLogs(LogFormat.JSON, null),
                of("every logger call in JSON, level WARN", "LogsEverything", "\"a\"").withLogs(LogFormat.JSON, LogLevel.WARN),
                of("printing from a thread of the handler's pool", "PrintsFromPool", "\"p\""),
                of("logging from a thread the handler starts, in JSON", "LogsFromThread", "\"t\"").withLogs(LogFormat.JSON, null),
                of("logging from a thread the handler starts, in JSON, warm", "LogsFromThread", "\"u\"").withLogs(LogFormat.JSON, null),
                of("INIT leaves stdout and stderr lines open", "InitPartialLine", "\"first\""),
                of("INIT left lines open: the warm invocation", "InitPartialLine", "\"second\""),
                of("a stack trace printed by the handler", "PrintsStackTrace", "\"s\"").knownDifference("a trace the handler prints"
                        + " shows the runtime's frames below the handler's: the RIC's (EventHandlerLoader$PojoHandlerAsStreamHandler,"
                        + " AWSLambda.startRuntimeLoop ... AWSLambda.main) against the harness's (dev.lambdaharness.core.internal..."
                        + " EnvironmentThread.loop, Thread.run); in-process isolation cannot run the handler below the RIC's frames",
                        "\\tat com.amazonaws.services.lambda.runtime.api.client.AWSLambda.main(AWSLambda.java:"),

                // Not compared here
                of("Log4j 2 with the Lambda appender", "LogsWithLog4j2", "\"one\""),
                of("Log4j 2 with the Lambda appender, warm", "LogsWithLog4j2", "\"two\""),
                of("SLF4J with Logback", "LogsWithLogback", "\"hi\""),
                of("System.getenv", "EnvironmentEcho", "\"AWS_LAMBDA_FUNCTION_NAME\""),
                of("System.getenv of the region", "EnvironmentEcho", "\"AWS_REGION\""),
                of("System.getenv of the log group", "EnvironmentEcho", "\"AWS_LAMBDA_LOG_GROUP_NAME\""),
                of("System.getenv of the execution environment", "EnvironmentEcho", "\"AWS_EXECUTION_ENV\""),
                of("System.exit", "Exits", "3").excludedBecause("the RIC answers nothing when it exits (EXITED);"
                        + " InProcessRuntimeTest compares the Runtime.ExitError document and the output"),
                of("timeouts", "Sleeps", "5000").excludedBecause("timeouts are compared by their own tests"));
    }

    private static String event(String name) {
        String resource = "events/" + name + ".json";
        try (InputStream in = CorpusCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource + " next to " + CorpusCases.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
