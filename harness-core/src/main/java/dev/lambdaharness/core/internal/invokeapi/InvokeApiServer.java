package dev.lambdaharness.core.internal.invokeapi;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.lambdaharness.core.AsyncInvocation;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.RecursiveInvocationException;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.LoopbackHttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda's Invoke API (2015-03-31) on {@code 127.0.0.1} and an ephemeral port, in front of the
 * functions of one runtime: {@code POST /2015-03-31/functions/{FunctionName}/invocations} with the
 * {@code Qualifier} query parameter and the {@code X-Amz-Invocation-Type}, {@code X-Amz-Log-Type},
 * {@code X-Amz-Client-Context} and {@code X-Amzn-Trace-Id} headers; answers 200, 202 or 204 with
 * {@code X-Amz-Function-Error}, {@code X-Amz-Executed-Version} and {@code X-Amz-Log-Result}, or the
 * service's error documents. Each request runs on a thread of its own, so a function that invokes
 * another one of the same runtime through the SDK does not wait for its own request to finish.
 *
 * <pre>{@code
 * try (InvokeApiServer api = InvokeApiServer.start(name -> Optional.ofNullable(functions.get(name)))) {
 *     LambdaClient client = LambdaClient.builder().endpointOverride(api.endpoint()).build();
 * }
 * }</pre>
 */
public final class InvokeApiServer implements AutoCloseable {

    /** The version segment of every Invoke API path. */
    public static final String VERSION = "2015-03-31";

    private static final String PREFIX = "/" + VERSION + "/functions/";
    private static final String SUFFIX = "/invocations";
    private final LoopbackHttpServer server;
    private final InvokeTargets targets;

    private InvokeApiServer(InvokeTargets targets) {
        this.targets = targets;
        this.server = LoopbackHttpServer.start("lambda-harness-invoke-api", "the Invoke API", this::handle);
    }

    /** Binds a new Invoke API to {@code 127.0.0.1} on an ephemeral port and starts serving. */
    public static InvokeApiServer start(InvokeTargets targets) {
        return new InvokeApiServer(targets);
    }

    /** {@code http://127.0.0.1:<port>}: the SDK's endpoint override, and {@code AWS_ENDPOINT_URL_LAMBDA}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** Stops listening, ends the exchanges under way and the server's threads. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                answer(exchange);
            } catch (ServiceError error) {
                send(exchange, error);
            } catch (InvocationRejectedException rejected) {
                send(exchange, errorOf(rejected));
            } catch (IllegalStateException closed) {
                send(exchange, new ServiceError(500, "ServiceException", "message", closed.getMessage()));
            } catch (RuntimeException unexpected) {
                // Answered, not thrown: the JDK's server would drop the connection, and the SDK report only that.
                send(exchange, new ServiceError(500, "ServiceException", "message", "The harness could not serve this"
                        + " request: " + unexpected + ". Please report it with the request that caused it."));
            }
        } catch (IOException gone) {
            // The caller hung up before its answer was written: nothing is left to tell it.
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!"POST".equals(exchange.getRequestMethod()) || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)
                || path.length() <= PREFIX.length() + SUFFIX.length()) {
            throw new ServiceError(404, "UnknownOperationException", "message", exchange.getRequestMethod() + " " + path
                    + " is no operation of this endpoint: it serves Lambda's Invoke API alone, POST " + PREFIX
                    + "{FunctionName}" + SUFFIX + ".");
        }
        String given = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        Optional<String> queryQualifier = queryParameter(exchange.getRequestURI().getRawQuery(), "Qualifier");
        LambdaFunction function = resolve(given, queryQualifier);
        Headers headers = exchange.getRequestHeaders();
        String type = Optional.ofNullable(headers.getFirst("X-Amz-Invocation-Type")).orElse("RequestResponse");
        byte[] payload = exchange.getRequestBody().readNBytes(LambdaFunction.MAX_REQUEST_BYTES + 1);
        if (payload.length > LambdaFunction.MAX_REQUEST_BYTES) {
            throw new ServiceError(413, "RequestTooLargeException", "message", "Request must be smaller than "
                    + LambdaFunction.MAX_REQUEST_BYTES + " bytes for the InvokeFunction operation");
        }
        InvocationRequest request = InvocationRequest.of(payload);
        String trace = headers.getFirst("X-Amzn-Trace-Id");
        if (trace != null) {
            request = request.withTraceHeader(trace);
        }
        switch (type) {
            case "RequestResponse" -> {
                String clientContext = headers.getFirst("X-Amz-Client-Context");
                if (clientContext != null) {
                    request = request.withClientContext(ClientContextHeader.decode(clientContext));
                }
                InvocationResult result = function.invoke(request);
                Headers out = exchange.getResponseHeaders();
                out.set("Content-Type", "application/json");
                out.set("X-Amz-Executed-Version", result.executedVersion());
                out.set("x-amzn-RequestId", result.requestId());
                if (!result.succeeded()) {
                    out.set("X-Amz-Function-Error", "Unhandled");
                }
                if ("Tail".equals(headers.getFirst("X-Amz-Log-Type"))) {
                    out.set("X-Amz-Log-Result", LogTail.of(result));
                }
                send(exchange, 200, result.payload());
            }
            case "Event" -> {
                AsyncInvocation accepted = function.invokeAsync(request);
                exchange.getResponseHeaders().set("x-amzn-RequestId", accepted.requestId());
                send(exchange, AsyncInvocation.STATUS_CODE, new byte[0]);
            }
            case "DryRun" -> send(exchange, 204, new byte[0]);
            default -> throw new ServiceError(400, "InvalidParameterValueException", "message", "X-Amz-Invocation-Type is '"
                    + type + "', which names no invocation type. Send RequestResponse, Event or DryRun.");
        }
    }

    /** The handle a path's function name and the {@code Qualifier} parameter name. */
    private LambdaFunction resolve(String given, Optional<String> queryQualifier) {
        FunctionName name = FunctionName.parse(given).orElseThrow(() -> new ServiceError(400, "ValidationException",
                "message", "1 validation error detected: Value '" + given + "' at 'functionName' failed to satisfy"
                + " constraint: it is no function name, name with qualifier, ARN or partial ARN."));
        if (name.qualifier().isPresent() && queryQualifier.isPresent() && !name.qualifier().equals(queryQualifier)) {
            throw new ServiceError(400, "InvalidParameterValueException", "message",
                    "The derived qualifier from the function name does not match the specified qualifier.");
        }
        Optional<String> qualifier = name.qualifier().or(() -> queryQualifier);
        LambdaFunction function = targets.function(name.name())
                .filter(found -> name.region().map(found.config().region()::equals).orElse(true))
                .filter(found -> name.account().map(found.config().accountId()::equals).orElse(true))
                .orElseThrow(() -> new ServiceError(404, "ResourceNotFoundException", "Message", "Function not found: "
                        + "arn:aws:lambda:" + name.region().orElse("us-east-1") + ":" + name.account().orElse("123456789012")
                        + ":function:" + name.name() + qualifier.map(q -> ":" + q).orElse("")));
        return qualifier.map(function::qualified).orElse(function);
    }

    private static Optional<String> queryParameter(String rawQuery, String parameter) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(parameter)) {
                return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static ServiceError errorOf(InvocationRejectedException rejected) {
        if (rejected instanceof TooManyRequestsException throttle) {
            return new ServiceError(429, TooManyRequestsException.ERROR_CODE, throttle.body(),
                    Map.of("Retry-After", Integer.toString(throttle.retryAfterSeconds())), throttle.getMessage());
        }
        if (rejected instanceof RecursiveInvocationException loop) {
            return new ServiceError(400, RecursiveInvocationException.ERROR_CODE, loop.body(), Map.of(), loop.getMessage());
        }
        String member = "ResourceNotFoundException".equals(rejected.lambdaErrorCode()) ? "Message" : "message";
        return new ServiceError(rejected.statusCode(), rejected.lambdaErrorCode(), member, rejected.getMessage());
    }

    private static void send(HttpExchange exchange, ServiceError error) throws IOException {
        Headers out = exchange.getResponseHeaders();
        out.set("Content-Type", "application/json");
        out.set("X-Amzn-ErrorType", error.code());
        error.headers().forEach(out::set);
        send(exchange, error.status(), error.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        // An empty body is sent as no body at all (Content-Length 0), as the service answers 202 and 204.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
