package dev.lambdaharness.events.builders;

import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the API Gateway request builders (REST APIs, HTTP APIs in payload format 1.0 and 2.0)
 * share: the stage, stage variables, path parameters beyond those the route or resource matched,
 * and the API's id, which a deployed API keeps for its lifetime.
 *
 * <pre>{@code
 * ApiGatewayHttpEventBuilder orders = Events.apiGatewayHttp().apiId("a1b2c3d4e5").stage("prod")
 *         .stageVariable("table", "orders-prod");
 * EventPayload first = orders.path("/orders/1").build();   // requestContext.apiId "a1b2c3d4e5"
 * }</pre>
 *
 * @param <SELF> the concrete builder, which every setting returns
 */
public abstract class ApiGatewayEventBuilder<SELF extends ApiGatewayEventBuilder<SELF>> extends HttpEventBuilder<SELF> {

    private static final Pattern API_ID = Pattern.compile("[a-z0-9]{1,32}");

    private String stage;
    private NameValues pathParameters = NameValues.empty();
    private NameValues stageVariables = NameValues.empty();
    private String apiId;

    ApiGatewayEventBuilder(String defaultStage) {
        this.stage = defaultStage;
    }

    /**
     * @param name the stage ({@code prod} by default for a REST API, {@code $default} for an HTTP
     *     API); a named stage of an HTTP API prefixes the path it passes on
     * @return a builder for a request on that stage
     */
    public final SELF stage(String name) {
        Checks.text("stage", name);
        return with(b -> ((ApiGatewayEventBuilder<SELF>) b).stage = name);
    }

    /**
     * @param name path parameter name
     * @param value its value, overriding what the route or resource matched
     * @return a builder with that path parameter
     */
    public final SELF pathParameter(String name, String value) {
        Checks.text("path parameter name", name);
        Checks.present("path parameter value", value);
        return with(b -> ((ApiGatewayEventBuilder<SELF>) b).pathParameters = pathParameters.without(name).with(name, value));
    }

    /**
     * @param name stage variable name
     * @param value its value
     * @return a builder with that stage variable
     */
    public final SELF stageVariable(String name, String value) {
        Checks.text("stage variable name", name);
        Checks.present("stage variable value", value);
        return with(b -> ((ApiGatewayEventBuilder<SELF>) b).stageVariables = stageVariables.without(name).with(name, value));
    }

    /**
     * @param id the API's id, such as {@code a1b2c3d4e5}, in {@code requestContext.apiId}, the
     *     domain name and its prefix; by default drawn per build, as if each request came from an
     *     API of its own
     * @return a builder for requests to that API
     */
    public final SELF apiId(String id) {
        Checks.matching("apiId", id, API_ID, "an API Gateway API id", "lower-case letters and digits, such as \"a1b2c3d4e5\"");
        return with(b -> ((ApiGatewayEventBuilder<SELF>) b).apiId = id);
    }

    final String stage() {
        return stage;
    }

    /**
     * @return the path as an HTTP API passes it on (format 2.0's {@code rawPath}, format 1.0's
     *     {@code path}): prefixed by a named stage, as it is on {@code $default}
     */
    final String stagedPath() {
        return stage.equals("$default") ? path() : "/" + stage + path();
    }

    /** @return the path parameters given, after those {@code matched} (which they override) */
    final NameValues pathParameters(NameValues matched) {
        return pathParameters.after(matched);
    }

    final NameValues stageVariables() {
        return stageVariables;
    }

    /** @return the id given, or ten lower-case letters and digits drawn from {@code ids} */
    final String apiId(Ids ids) {
        return apiId != null ? apiId : ids.lowerAlphanumeric(10);
    }

    /** @return {@code <apiId>.execute-api.<region>.<dns suffix>} */
    static String domain(String apiId, Wire wire) {
        return apiId + ".execute-api." + wire.region() + "." + wire.dnsSuffix();
    }

    @Override
    final Object more() {
        return List.of(stage, pathParameters, stageVariables, String.valueOf(apiId), api());
    }

    /** @return the subclass's own settings, for the id seed */
    abstract Object api();
}
