package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.builders.ApiGatewayEventBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One deployed stage of an API Gateway API, REST or HTTP: its routes, its name ({@code null} for
 * an HTTP API's {@code $default}, served at the root; otherwise served under {@code /<name>/}),
 * its variables and its integration timeout.
 *
 * <pre>{@code
 * ApiStage prod = new ApiStage(new Routes<>(Map.of("GET /orders/{id}", orders)), "prod", Map.of(), Duration.ofSeconds(29));
 * prod.route("GET", "/prod/orders/7");   // the route and the path within the stage
 * }</pre>
 */
public record ApiStage(Routes<LambdaFunction> routes, String name, Map<String, String> variables,
        Duration integrationTimeout) {

    /** The route a request takes and its path within the stage. */
    record Taken(Routes.Match<LambdaFunction> match, String path) {
    }

    public ApiStage {
        variables = Map.copyOf(variables);
    }

    /**
     * The builder with what the API and this stage give every event: the API's id, the function's
     * region and account, the stage ({@code $default} when unnamed) and its variables.
     */
    <B extends ApiGatewayEventBuilder<B>> B configure(B builder, String apiId, LambdaFunction function) {
        B b = builder.apiId(apiId).stage(name == null ? "$default" : name)
                .region(function.config().region()).account(function.config().accountId());
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            b = b.stageVariable(variable.getKey(), variable.getValue());
        }
        return b;
    }

    /** The route this request takes, or empty when it is outside the stage or matches none. */
    Optional<Taken> route(String method, String rawPath) {
        return pathIn(rawPath).flatMap(path -> routes.match(method, path).map(match -> new Taken(match, path)));
    }

    /** The path after the stage's prefix, or empty when the request is not for this stage. */
    private Optional<String> pathIn(String rawPath) {
        if (name == null) {
            return Optional.of(rawPath);
        }
        String prefix = "/" + name;
        if (rawPath.equals(prefix)) {
            return Optional.of("/");
        }
        return rawPath.startsWith(prefix + "/") ? Optional.of(rawPath.substring(prefix.length())) : Optional.empty();
    }
}
