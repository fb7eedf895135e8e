package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.HttpApiConfig;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.ApiGatewayHttpEventBuilder;
import dev.lambdaharness.events.builders.ApiGatewayHttpV1EventBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An API Gateway HTTP API with Lambda proxy integrations: matches the route, builds the event of the
 * route's payload format from the real request ({@link ApiGatewayHttpEventBuilder} for 2.0, header
 * names in lower case; {@link ApiGatewayHttpV1EventBuilder} for 1.0, header names as
 * {@link FrontRequest#withCanonicalHeaderNames()} spells them), invokes the route's function and
 * turns its response back into HTTP as that format reads it ({@link V2Responses}, or
 * {@link V1Responses} with both header maps), or answers with the HTTP API's own errors
 * ({@link FrontErrors}). The API's id is drawn once and kept, as the service keeps it.
 *
 * <pre>{@code
 * Front api = new HttpApiFront(new ApiStage(new Routes<>(Map.of("GET /orders/{id}", orders)), null, Map.of(),
 *         Duration.ofSeconds(30)), Map.of("GET /orders/{id}", "1.0"));
 * }</pre>
 */
public final class HttpApiFront implements Front {

    private static final FrontInvocation.Failures FAILURES = new FrontInvocation.Failures(FrontErrors.HTTP_API_INTERNAL,
            FrontErrors.HTTP_API_THROTTLED, FrontErrors.REQUEST_TOO_LARGE, FrontErrors.HTTP_API_TIMEOUT);

    private final ApiStage stage;
    private final Map<String, String> payloadFormatVersions;
    private final String apiId = FrontIds.lowerAlphanumeric(10);

    /** @param payloadFormatVersions by route key, {@code 1.0} or {@code 2.0}; a route not there is 2.0 */
    public HttpApiFront(ApiStage stage, Map<String, String> payloadFormatVersions) {
        this.stage = stage;
        this.payloadFormatVersions = Map.copyOf(payloadFormatVersions);
    }

    @Override
    public FrontResponse tooLarge() {
        return FAILURES.tooLarge();
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        Optional<ApiStage.Taken> route = stage.route(request.method(), request.rawPath());
        if (route.isEmpty()) {
            return FrontErrors.HTTP_API_NOT_FOUND;
        }
        String routeKey = route.get().match().routeKey();
        boolean textBody = TextMediaTypes.isText(request.header("Content-Type"));
        if (HttpApiConfig.PAYLOAD_FORMAT_1_0.equals(payloadFormatVersions.get(routeKey))) {
            ApiGatewayHttpV1EventBuilder builder = stage.configure(Events.apiGatewayHttpV1().route(routeKey), apiId, route.get().match().target());
            // An HTTP API decodes a base64 body whatever its type: it has no binary media types.
            return invoke(route.get(), request.withCanonicalHeaderNames().into(builder, route.get().path(), textBody)
                    .build().asBytes(), payload -> V1Responses.read(payload, V1Responses.Headers.MERGED, contentType -> true));
        }
        ApiGatewayHttpEventBuilder builder = stage.configure(Events.apiGatewayHttp().route(routeKey), apiId, route.get().match().target());
        return invoke(route.get(), request.withLowerCaseHeaderNames().into(builder, route.get().path(), textBody)
                .build().asBytes(), V2Responses::read);
    }

    private FrontResponse invoke(ApiStage.Taken route, byte[] event, Function<byte[], Optional<FrontResponse>> reader) {
        return FrontInvocation.answer(route.match().target(), event, stage.integrationTimeout(), reader, FAILURES);
    }
}
