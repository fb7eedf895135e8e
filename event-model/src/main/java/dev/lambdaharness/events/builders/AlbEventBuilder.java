package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An Application Load Balancer request to a Lambda target: lower-case header names, the target
 * group's ARN in {@code requestContext.elb}, and query parameter values as the client encoded
 * them (ALB does not decode them). By default the target group sends single-value
 * {@code headers} and {@code queryStringParameters} (a repeated name keeps its last value); with
 * {@link #multiValueHeaders()} it sends {@code multiValueHeaders} and
 * {@code multiValueQueryStringParameters} instead, as the target group attribute
 * {@code lambda.multi_value_headers.enabled} makes it. Without a body, {@code body} is empty.
 *
 * <pre>{@code
 * EventPayload request = Events.alb().targetGroup("orders-tg").multiValueHeaders()
 *         .method("GET").path("/orders")
 *         .queryParameter("status", "open").queryParameter("status", "late")
 *         .build();
 * }</pre>
 */
public final class AlbEventBuilder extends HttpEventBuilder<AlbEventBuilder> {

    private static final Pattern TARGET_GROUP_ID = Pattern.compile("[0-9a-f]{16}");

    private String targetGroup = "my-target-group";
    private String targetGroupId;
    private boolean multiValue;

    /** A builder for {@code GET /} through target group {@code my-target-group}; {@link dev.lambdaharness.events.Events#alb()} is the usual way in. */
    public AlbEventBuilder() {
    }

    /**
     * @param name the target group's name
     * @return a builder for a request through that target group (default {@code my-target-group})
     */
    public AlbEventBuilder targetGroup(String name) {
        Checks.text("targetGroup", name);
        return with(b -> b.targetGroup = name);
    }

    /**
     * @param id the 16 hexadecimal digits that end the target group's ARN; by default drawn per
     *     build, as if each request came through a target group of its own
     * @return a builder for requests through that target group
     */
    public AlbEventBuilder targetGroupId(String id) {
        Checks.matching("targetGroupId", id, TARGET_GROUP_ID, "a target group id",
                "the 16 lower-case hexadecimal digits that end its ARN, such as \"943f017f9feeb75d\"");
        return with(b -> b.targetGroupId = id);
    }

    /** @return a builder for a target group with multi-value headers enabled */
    public AlbEventBuilder multiValueHeaders() {
        return with(b -> b.multiValue = true);
    }

    @Override
    Object more() {
        return List.of(targetGroup, String.valueOf(targetGroupId), multiValue);
    }

    @Override
    JsonNode json(Wire wire) {
        Ids ids = wire.ids();
        String host = "my-load-balancer-" + ids.digits(10) + "." + wire.region() + ".elb."
                + wire.dnsSuffix();
        NameValues headers = headers().after(forwardedHeaders(wire, host)).lowerCaseNames();
        NameValues query = encodedQuery();
        ObjectNode event = Json.object();
        event.putObject("requestContext").putObject("elb")
                .put("targetGroupArn", wire.arn("elasticloadbalancing", "targetgroup/" + targetGroup + "/"
                        + (targetGroupId != null ? targetGroupId : ids.hex(16))));
        event.put("httpMethod", method());
        event.put("path", path());
        if (multiValue) {
            event.set("multiValueQueryStringParameters", multi(query.all()));
            event.set("multiValueHeaders", multi(headers.all()));
        } else {
            event.set("queryStringParameters", Json.strings(query.last()));
            event.set("headers", Json.strings(headers.last()));
        }
        event.put("body", body() == null ? "" : body());
        event.put("isBase64Encoded", isBase64Encoded());
        return event;
    }

    private static ObjectNode multi(Map<String, List<String>> values) {
        ObjectNode out = Json.object();
        values.forEach((name, all) -> out.set(name, Json.strings(all)));
        return out;
    }
}
