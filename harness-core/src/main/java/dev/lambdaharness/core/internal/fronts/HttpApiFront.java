package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.ApiGatewayHttpEventBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * An API Gateway HTTP API with Lambda proxy integrations, payload format 2.0: matches the route,
 * builds the event with {@link ApiGatewayHttpEventBuilder} from the real request, invokes the
 * route's function and turns its response back into HTTP ({@link V2Responses}), or answers with
 * the HTTP API's own errors ({@link FrontErrors}).
 *
 * <pre>{@code
 * Front api = new HttpApiFront(new Routes<>(Map.of("GET /orders/{id}", orders)), "$default", Map.of(),
 *         Duration.ofSeconds(30));
 * }</pre>
 */
public final class HttpApiFront implements Front {

    private final Routes<LambdaFunction> routes;
    private final String stage;
    private final Map<String, String> stageVariables;
    private final Duration integrationTimeout;

    /**
     * @param stage {@code $default}, served at the root, or a name, served under {@code /<name>}
     * @param integrationTimeout how long the API waits for a function (30 s at most on AWS)
     */
    public HttpApiFront(Routes<LambdaFunction> routes, String stage, Map<String, String> stageVariables,
            Duration integrationTimeout) {
        this.routes = routes;
        this.stage = stage;
        this.stageVariables = Map.copyOf(stageVariables);
        this.integrationTimeout = integrationTimeout;
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        Optional<String> path = pathInStage(request.rawPath());
        Optional<Routes.Match<LambdaFunction>> route = path.flatMap(p -> routes.match(request.method(), p));
        if (route.isEmpty()) {
            return FrontErrors.HTTP_API_NOT_FOUND;
        }
        LambdaFunction function = route.get().target();
        ApiGatewayHttpEventBuilder builder = Events.apiGatewayHttp().route(route.get().routeKey()).stage(stage)
                .region(function.config().region()).account(function.config().accountId());
        for (Map.Entry<String, String> variable : stageVariables.entrySet()) {
            builder = builder.stageVariable(variable.getKey(), variable.getValue());
        }
        byte[] event = request.withLowerCaseHeaderNames().into(builder, path.get(), TextMediaTypes.isText(request.header("Content-Type")))
                .build().asBytes();
        try {
            Optional<InvocationResult> result = FrontInvocation.within(function, event, integrationTimeout);
            if (result.isEmpty()) {
                return FrontErrors.HTTP_API_TIMEOUT;
            }
            if (!result.get().succeeded()) {
                return FrontErrors.HTTP_API_INTERNAL;
            }
            return V2Responses.read(result.get().payload()).orElse(FrontErrors.HTTP_API_INTERNAL);
        } catch (TooManyRequestsException throttled) {
            return FrontErrors.HTTP_API_THROTTLED;
        } catch (InvocationRejectedException rejected) {
            return rejected.statusCode() == 413 ? FrontErrors.REQUEST_TOO_LARGE : FrontErrors.HTTP_API_INTERNAL;
        }
    }

    /** The path after the stage's prefix, or empty when the request is not for this stage. */
    private Optional<String> pathInStage(String rawPath) {
        if (stage.equals("$default")) {
            return Optional.of(rawPath);
        }
        String prefix = "/" + stage;
        if (rawPath.equals(prefix)) {
            return Optional.of("/");
        }
        return rawPath.startsWith(prefix + "/") ? Optional.of(rawPath.substring(prefix.length())) : Optional.empty();
    }
}
