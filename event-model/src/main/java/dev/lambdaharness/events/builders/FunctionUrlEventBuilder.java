package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Lambda Function URL request: payload format 2.0 as HTTP APIs send it, with the differences
 * seen in requests Function URLs deliver: route and stage {@code $default}, a 32-character URL id
 * in {@code <url-id>.lambda-url.<region>.on.aws}, a UUID {@code requestId}, TLS headers, the
 * {@code cookie} header kept beside {@code cookies}, and {@code requestContext.accountId}
 * {@code anonymous} unless the URL's auth type is {@code AWS_IAM} ({@link #awsIamAuth()}).
 *
 * <p>aws-lambda-java-events reads it as {@code APIGatewayV2HTTPEvent}.
 *
 * <pre>{@code
 * EventPayload webhook = Events.functionUrl().method("POST").path("/hooks/github")
 *         .header("X-GitHub-Event", "push")
 *         .jsonBody(Map.of("ref", "refs/heads/main"))
 *         .build();
 * }</pre>
 */
public final class FunctionUrlEventBuilder extends HttpEventBuilder<FunctionUrlEventBuilder> {

    private static final Pattern URL_ID = Pattern.compile("[a-z0-9]{32}");

    private NameValues cookies = NameValues.empty();
    private boolean iam;
    private String urlId;

    /** A builder for {@code GET /}; {@link dev.lambdaharness.events.Events#functionUrl()} is the usual way in. */
    public FunctionUrlEventBuilder() {
    }

    /**
     * @param name cookie name
     * @param value cookie value
     * @return a builder for a request with that cookie
     */
    public FunctionUrlEventBuilder cookie(String name, String value) {
        Checks.text("cookie name", name);
        Checks.present("cookie value", value);
        return with(b -> b.cookies = b.cookies.with(name, value));
    }

    /**
     * @return a builder for a URL with auth type {@code AWS_IAM}: the request was signed by a role
     *     session in the builder's account, named in {@code requestContext.authorizer.iam}
     */
    public FunctionUrlEventBuilder awsIamAuth() {
        return with(b -> b.iam = true);
    }

    /**
     * @param id the URL's id, 32 lower-case letters and digits, in {@code requestContext.apiId} and
     *     the domain; by default drawn per build, as if each request came to a URL of its own
     * @return a builder for requests to that URL
     */
    public FunctionUrlEventBuilder urlId(String id) {
        Checks.matching("urlId", id, URL_ID, "a Function URL id", "32 lower-case letters and digits");
        return with(b -> b.urlId = id);
    }

    @Override
    Object more() {
        return List.of(cookies, iam, String.valueOf(urlId));
    }

    @Override
    JsonNode json(Wire wire) {
        Ids ids = wire.ids();
        String urlId = this.urlId != null ? this.urlId : ids.lowerAlphanumeric(32);
        String domain = urlId + ".lambda-url." + wire.region() + ".on.aws";
        NameValues defaults = NameValues.empty()
                .with("x-amzn-tls-cipher-suite", "TLS_AES_128_GCM_SHA256")
                .with("x-amzn-tls-version", "TLSv1.3")
                .after(forwardedHeaders(wire, domain));
        HttpV2Payload.Gateway gateway = new HttpV2Payload.Gateway(method(), iam ? wire.account() : "anonymous",
                urlId, domain, ids.uuid(), "$default", "$default", path(), headers().after(defaults), true,
                NameValues.empty(), NameValues.empty(), iam ? iamAuthorizer(wire) : null);
        return HttpV2Payload.request(this, cookies, gateway, wire);
    }

    private static ObjectNode iamAuthorizer(Wire wire) {
        Ids ids = wire.ids();
        String session = "session-" + ids.lowerAlphanumeric(8);
        String roleId = "AROA" + ids.upperAlphanumeric(17);
        ObjectNode iam = Json.object();
        iam.put("accessKey", "ASIA" + ids.upperAlphanumeric(16));
        iam.put("accountId", wire.account());
        iam.put("callerId", roleId + ":" + session);
        iam.putNull("cognitoIdentity");
        iam.putNull("principalOrgId");
        iam.put("userArn", "arn:" + wire.partition() + ":sts::" + wire.account() + ":assumed-role/caller-role/" + session);
        iam.put("userId", roleId + ":" + session);
        ObjectNode authorizer = Json.object();
        authorizer.set("iam", iam);
        return authorizer;
    }
}
