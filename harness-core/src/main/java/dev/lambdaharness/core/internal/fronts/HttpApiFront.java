package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.ApiGatewayHttpEventBuilder;
import java.util.Map;
import java.util.Optional;

/**
 * An API Gateway HTTP API with Lambda proxy integrations, payload format 2.0: matches the route,
 * builds the event with {@link ApiGatewayHttpEventBuilder} from the real request, invokes the
 * route's function and turns its response back into HTTP ({@link V2Responses}), or answers with
 * the HTTP API's own errors ({@link FrontErrors}).
 *
 * <pre>{@code
 * Front api = new HttpApiFront(new ApiStage(new Routes<>(Map.of("GET /orders/{id}", orders)), null, Map.of(),
 *         Duration.ofSeconds(30)));
 * }</pre>
 */
public final class HttpApiFront implements Front {

    private static final FrontInvocation.Failures FAILURES = new FrontInvocation.Failures(FrontErrors.HTTP_API_INTERNAL,
            FrontErrors.HTTP_API_THROTTLED, FrontErrors.REQUEST_TOO_LARGE, FrontErrors.HTTP_API_TIMEOUT);

    private final ApiStage stage;

    public HttpApiFront(ApiStage stage) {
        this.stage = stage;
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        Optional<ApiStage.Taken> route = stage.route(request.method(), request.rawPath());
        if (route.isEmpty()) {
            return FrontErrors.HTTP_API_NOT_FOUND;
        }
        LambdaFunction function = route.get().match().target();
        ApiGatewayHttpEventBuilder builder = Events.apiGatewayHttp().route(route.get().match().routeKey())
                .stage(stage.name() == null ? "$default" : stage.name())
                .region(function.config().region()).account(function.config().accountId());
        for (Map.Entry<String, String> variable : stage.variables().entrySet()) {
            builder = builder.stageVariable(variable.getKey(), variable.getValue());
        }
        byte[] event = request.withLowerCaseHeaderNames().into(builder, route.get().path(), TextMediaTypes.isText(request.header("Content-Type")))
                .build().asBytes();
        return FrontInvocation.answer(function, event, stage.integrationTimeout(), V2Responses::read, FAILURES);
    }
}
