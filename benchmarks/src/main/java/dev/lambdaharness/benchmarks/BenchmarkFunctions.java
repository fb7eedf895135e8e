package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The functions the benchmarks invoke and the events they send.
 *
 * <p>The handlers live in {@code src/function/java} and are compiled apart into
 * {@code target/function-code/classes}, next to their libraries in {@code target/function-code/lib}
 * (aws-lambda-java-events and joda-time, as a deployment package carries them). They are not on
 * the benchmarks' own class path, so every environment loads them, and the events classes, with its
 * own class loader, exactly as it loads a user's function.
 *
 * <pre>{@code
 * LambdaFunction hello = runtime.function(BenchmarkFunctions.hello(), BenchmarkFunctions.code());
 * InvocationResult result = hello.invoke(BenchmarkFunctions.HELLO_EVENT);
 * }</pre>
 */
public final class BenchmarkFunctions {

    /** Overrides where the function code is, when the benchmarks run from somewhere else. */
    public static final String FUNCTION_CODE_PROPERTY = "lambdaharness.benchmarks.functionCode";

    /** The hello handler's class. */
    public static final String HELLO_HANDLER = "dev.lambdaharness.benchmarks.function.Hello";
    /** The SQS handler's class. */
    public static final String SQS_HANDLER = "dev.lambdaharness.benchmarks.function.SqsBatch";

    /** The hello handler's event: a JSON string. */
    public static final byte[] HELLO_EVENT = "\"world\"".getBytes(StandardCharsets.UTF_8);
    /** What the hello handler answers to {@link #HELLO_EVENT}. */
    public static final String HELLO_RESPONSE = "\"Hello, world!\"";

    /** What the SQS handler answers to {@link #sqsEvent()}: its second message is not an order. */
    public static final String SQS_RESPONSE =
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}";

    private BenchmarkFunctions() {
    }

    /** The hello function: {@code RequestHandler<String, String>}. */
    public static FunctionConfig hello() {
        return FunctionConfig.builder(HELLO_HANDLER + "::handleRequest").functionName("hello").build();
    }

    /** The SQS function: {@code RequestHandler<SQSEvent, SQSBatchResponse>}. */
    public static FunctionConfig sqsBatch() {
        return FunctionConfig.builder(SQS_HANDLER + "::handleRequest").functionName("sqs-batch").build();
    }

    /** A small SQS event as Lambda's event source mapping delivers it: two messages, 1.2 KB. */
    public static byte[] sqsEvent() {
        try (InputStream in = BenchmarkFunctions.class.getResourceAsStream("sqs-event.json")) {
            if (in == null) {
                throw new IllegalStateException("sqs-event.json is missing from the benchmarks' resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The function code: the handler classes, then the events library and joda-time. */
    public static FunctionCode code() {
        Path root = functionCodeRoot();
        return FunctionCode.fromPaths(root.resolve("classes"), root.resolve("lib/aws-lambda-java-events.jar"),
                root.resolve("lib/joda-time.jar"));
    }

    /**
     * {@code target/function-code}, found next to these classes: beside {@code target/classes} or
     * {@code target/benchmarks.jar}, whichever the benchmarks run from.
     */
    static Path functionCodeRoot() {
        String override = System.getProperty(FUNCTION_CODE_PROPERTY);
        Path root = override != null ? Paths.get(override) : ownLocation().getParent().resolve("function-code");
        if (!Files.isDirectory(root.resolve("classes")) || !Files.isDirectory(root.resolve("lib"))) {
            throw new IllegalStateException("The benchmarks' function code is not at " + root.toAbsolutePath()
                    + " (classes/ and lib/). Build it with: mvn -B -pl benchmarks -am package -DskipTests,"
                    + " or point -D" + FUNCTION_CODE_PROPERTY + " at a copy of benchmarks/target/function-code"
                    + " (for JMH forks: -jvmArgsAppend -D" + FUNCTION_CODE_PROPERTY + "=...).");
        }
        return root;
    }

    private static Path ownLocation() {
        try {
            return Paths.get(BenchmarkFunctions.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the benchmarks' own classes", e);
        }
    }
}
