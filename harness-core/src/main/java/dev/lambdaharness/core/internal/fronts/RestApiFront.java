package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.ApiGatewayRestEventBuilder;
import java.util.List;
import java.util.Optional;

/**
 * An API Gateway REST API with Lambda proxy integrations (payload format 1.0), one stage served
 * under {@code /<stage>/}: matches the resource and method, builds the event with
 * {@link ApiGatewayRestEventBuilder} from the real request (a body of a binary media type base64),
 * and reads the response as {@link V1Responses} do with both header maps merged, decoding a base64
 * body only when its content type is a binary media type, as REST APIs do. Header names are spelt as
 * {@link FrontRequest#withCanonicalHeaderNames()} spells them; the API's id is drawn once and kept.
 *
 * <pre>{@code
 * Front api = new RestApiFront(new ApiStage(new Routes<>(Map.of("GET /orders/{id}", orders)), "prod", Map.of(),
 *         Duration.ofSeconds(29)), List.of("image/png"));
 * }</pre>
 */
public final class RestApiFront implements Front {

    private static final FrontInvocation.Failures FAILURES = new FrontInvocation.Failures(FrontErrors.REST_BAD_GATEWAY,
            FrontErrors.REST_THROTTLED, FrontErrors.REST_TOO_LARGE, FrontErrors.REST_TIMEOUT);

    private final ApiStage stage;
    private final MediaTypes binaryMediaTypes;
    private final String apiId = FrontIds.lowerAlphanumeric(10);

    public RestApiFront(ApiStage stage, List<String> binaryMediaTypes) {
        this.stage = stage;
        this.binaryMediaTypes = new MediaTypes(List.copyOf(binaryMediaTypes));
    }

    @Override
    public FrontResponse tooLarge() {
        return FAILURES.tooLarge();
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        Optional<ApiStage.Taken> route = stage.route(request.method(), request.rawPath());
        if (route.isEmpty()) {
            return FrontErrors.REST_NOT_FOUND;
        }
        LambdaFunction function = route.get().match().target();
        String routeKey = route.get().match().routeKey();
        ApiGatewayRestEventBuilder builder = stage.configure(
                Events.apiGatewayRest().resource(routeKey.substring(routeKey.indexOf(' ') + 1)), apiId, function);
        byte[] event = request.withCanonicalHeaderNames()
                .into(builder, route.get().path(), !binaryMediaTypes.matches(request.header("Content-Type"))).build().asBytes();
        String accept = request.header("Accept");
        return FrontInvocation.answer(function, event, stage.integrationTimeout(),
                payload -> V1Responses.read(payload, V1Responses.Headers.MERGED,
                        contentType -> binaryMediaTypes.matches(contentType) || binaryMediaTypes.matches(accept)),
                FAILURES);
    }
}
