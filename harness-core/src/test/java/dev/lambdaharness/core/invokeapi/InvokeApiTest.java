package dev.lambdaharness.core.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RecursiveInvocationException;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** The Invoke API served by a runtime, driven by the real AWS SDK v2 clients and, where the SDK will not go, raw HTTP. */
class InvokeApiTest {

    private LambdaRuntime runtime;
    private LambdaClient lambda;

    @BeforeEach
    void start() {
        runtime = LambdaRuntime.builder().invokeApi(true).build();
        lambda = SdkClients.sync(runtime.invokeApiEndpoint());
    }

    @AfterEach
    void stop() {
        lambda.close();
        runtime.close();
    }

    private LambdaFunction deploy(String name, String handler) {
        return runtime.function(FunctionConfig.builder(handler).functionName(name).build(), CorpusCode.code());
    }

    private InvokeResponse invoke(String functionName, String payload) {
        return lambda.invoke(r -> r.functionName(functionName).payload(SdkBytes.fromUtf8String(payload)));
    }

    @Test
    void theSdkInvokesByNameFullArnPartialArnAndQualifier() {
        LambdaFunction hello = deploy("hello", "dev.lambdaharness.core.corpus.Hello::handleRequest");
        hello.publishVersion();

        for (String name : new String[] {"hello", "arn:aws:lambda:us-east-1:123456789012:function:hello",
                "123456789012:function:hello"}) {
            InvokeResponse response = invoke(name, "\"sdk\"");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.payload().asUtf8String()).isEqualTo("\"hello sdk\"");
            assertThat(response.executedVersion()).isEqualTo("$LATEST");
            assertThat(response.functionError()).isNull();
        }
        InvokeResponse byQualifier = lambda.invoke(r -> r.functionName("hello").qualifier("1")
                .payload(SdkBytes.fromUtf8String("\"v1\"")));
        assertThat(byQualifier.executedVersion()).isEqualTo("1");
        assertThat(invoke("hello:1", "\"v1\"").executedVersion()).isEqualTo("1");
    }

    @Test
    void aFunctionErrorIsA200WithTheErrorDocumentAndTheTailIsTheLogsLastLines() {
        deploy("fails", "dev.lambdaharness.core.corpus.Throws");

        InvokeResponse response = lambda.invoke(r -> r.functionName("fails").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("\"x\"")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(response.payload().asUtf8String()).contains("\"errorType\":\"java.lang.IllegalStateException\"");
        String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(tail).contains("START RequestId: ").contains("END RequestId: ").contains("REPORT RequestId: ")
                .endsWith("\n");
    }

    @Test
    void theTailIsTheLast4KbOfTheLog() {
        deploy("prints", "dev.lambdaharness.core.invokeapi.PrintsItsInput");

        InvokeResponse response = lambda.invoke(r -> r.functionName("prints").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("\"" + "x".repeat(6000) + "\"")));

        byte[] tail = Base64.getDecoder().decode(response.logResult());
        assertThat(tail).hasSize(4096);
        assertThat(new String(tail, StandardCharsets.UTF_8)).contains("REPORT RequestId: ").doesNotContain("START RequestId");
    }

    @Test
    void theClientContextReachesTheFunctionDecoded() {
        deploy("context", "dev.lambdaharness.core.corpus.ContextEcho::handle");
        String clientContext = Base64.getEncoder().encodeToString(
                "{\"client\":{\"app_title\":\"shop\"},\"custom\":{\"tenant\":\"a\"}}".getBytes(StandardCharsets.UTF_8));

        InvokeResponse response = lambda.invoke(r -> r.functionName("context").clientContext(clientContext)
                .payload(SdkBytes.fromUtf8String("{}")));

        assertThat(response.payload().asUtf8String()).contains("\"clientCustom\":{\"tenant\":\"a\"}")
                .contains("\"clientApp\":\"shop\"");
    }

    @Test
    void eventIsAcceptedWith202AndRunsAndDryRunAnswers204WithoutRunning() {
        LambdaFunction hello = deploy("hello", "dev.lambdaharness.core.corpus.Hello::handleRequest");

        InvokeResponse event = lambda.invoke(r -> r.functionName("hello").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("\"later\"")));
        InvokeResponse dryRun = lambda.invoke(r -> r.functionName("hello").invocationType(InvocationType.DRY_RUN)
                .payload(SdkBytes.fromUtf8String("\"never\"")));

        assertThat(event.statusCode()).isEqualTo(202);
        assertThat(dryRun.statusCode()).isEqualTo(204);
        assertThat(runtime.settleAsync(Duration.ofSeconds(10))).isEmpty();
        assertThat(hello.metrics().invocations()).isEqualTo(1);
    }

    @Test
    void refusalsAreTheServicesErrorsAsTheSdkReadsThem() {
        LambdaFunction hello = deploy("hello", "dev.lambdaharness.core.corpus.Hello::handleRequest");

        assertThatThrownBy(() -> invoke("nope", "{}")).isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope");
        });
        assertThatThrownBy(() -> invoke("arn:aws:lambda:eu-west-1:123456789012:function:hello", "{}"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> invoke("hello:7", "{}")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> invoke("hello", "not json")).isInstanceOfSatisfying(InvalidRequestContentException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> invoke("hello", "\"" + "x".repeat(LambdaFunction.MAX_REQUEST_BYTES) + "\""))
                .isInstanceOfSatisfying(RequestTooLargeException.class, e -> assertThat(e.statusCode()).isEqualTo(413));

        hello.putReservedConcurrency(0);
        assertThatThrownBy(() -> invoke("hello", "{}")).isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.reasonAsString()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
            assertThat(e.type()).isEqualTo("User");
            assertThat(e.retryAfterSeconds()).isEqualTo("1");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate Exceeded.");
        });
    }

    @Test
    void theAsyncClientInvokesToo() {
        deploy("hello", "dev.lambdaharness.core.corpus.Hello::handleRequest");
        try (LambdaAsyncClient async = SdkClients.async(runtime.invokeApiEndpoint())) {
            InvokeResponse response = async.invoke(r -> r.functionName("hello").payload(SdkBytes.fromUtf8String("\"async\"")))
                    .join();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.payload().asUtf8String()).isEqualTo("\"hello async\"");
        }
    }

    @Test
    void whatTheSdkWillNotSendIsRefusedWithOneClearMessage() throws Exception {
        deploy("hello", "dev.lambdaharness.core.corpus.Hello::handleRequest");
        HttpClient http = HttpClient.newHttpClient();
        URI invocations = runtime.invokeApiEndpoint().resolve("/2015-03-31/functions/hello/invocations");

        HttpResponse<String> notBase64 = http.send(post(invocations, "X-Amz-Client-Context", "%%%"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notJson = http.send(post(invocations, "X-Amz-Client-Context",
                Base64.getEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8))), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> tooLong = http.send(post(invocations, "X-Amz-Client-Context", Base64.getEncoder().encodeToString(
                ("{\"custom\":{\"k\":\"" + "v".repeat(2700) + "\"}}").getBytes(StandardCharsets.UTF_8))), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> badType = http.send(post(invocations, "X-Amz-Invocation-Type", "Later"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> mismatch = http.send(HttpRequest.newBuilder(runtime.invokeApiEndpoint()
                .resolve("/2015-03-31/functions/hello:1/invocations?Qualifier=2")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherOperation = http.send(HttpRequest.newBuilder(runtime.invokeApiEndpoint()
                .resolve("/2015-03-31/functions/hello")).GET().build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : java.util.List.of(notBase64, notJson, tooLong)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("X-Amzn-ErrorType")).hasValue("InvalidRequestContentException");
            assertThat(refused.body()).startsWith("{\"Type\":\"User\",\"message\":\"Client context must be");
        }
        assertThat(tooLong.body()).contains("3583 bytes");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("'Later'").contains("RequestResponse, Event or DryRun");
        assertThat(mismatch.headers().firstValue("X-Amzn-ErrorType")).hasValue("InvalidParameterValueException");
        assertThat(otherOperation.statusCode()).isEqualTo(404);
        assertThat(otherOperation.body()).contains("Invoke API alone");
    }

    @Test
    void invocationsCountTheirChainInTheTraceHeaderAndTheSeventeenthIsStopped() {
        LambdaFunction echo = deploy("echo", "dev.lambdaharness.core.corpus.TraceHeaderEcho");
        String root = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

        String given = lambda.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("\"x\""))
                .overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", root))).payload().asUtf8String();
        String lineage = given.substring(given.indexOf(";Lineage=") + ";Lineage=".length(), given.indexOf(" | "));
        assertThat(lineage).matches("[0-9a-f]{8}:1");
        String sixteenth = root + ";Lineage=" + lineage.substring(0, 9) + RecursiveInvocationException.MAX_INVOCATIONS;

        assertThatThrownBy(() -> lambda.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("\"x\""))
                .overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", sixteenth))))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.lambda.model.RecursiveInvocationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.type()).isEqualTo("User");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(RecursiveInvocationException.SERVICE_MESSAGE);
                });
        assertThat(echo.metrics().invocations()).isEqualTo(1);
    }

    private static HttpRequest post(URI uri, String header, String value) {
        return HttpRequest.newBuilder(uri).header(header, value).POST(HttpRequest.BodyPublishers.ofString("\"x\"")).build();
    }
}
