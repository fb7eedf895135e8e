package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayHttpEventBuilderTest {

    @Test
    void requestHasTheShapeOfPayloadFormatTwo() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayHttp().route("POST /carts/{cartId}/items")
                .path("/carts/c-9/items").account("210987654321").header("Accept", "application/json")
                .queryParameter("dry run", "yes").body("{\"sku\":\"A-1\"}").build());

        assertMatches(event, """
                {"version": "2.0", "routeKey": "POST /carts/{cartId}/items", "rawPath": "/carts/c-9/items",
                 "rawQueryString": "dry%20run=yes",
                 "headers": {"host": "re:[a-z0-9]{10}[.]execute-api[.]us-east-1[.]amazonaws[.]com",
                   "user-agent": "curl/8.5.0", "x-amzn-trace-id": "re:Root=1-66322ec0-[0-9a-f]{24}",
                   "x-forwarded-for": "198.51.100.7", "x-forwarded-port": "443", "x-forwarded-proto": "https",
                   "content-length": "13", "accept": "application/json"},
                 "queryStringParameters": {"dry run": "yes"},
                 "requestContext": {"accountId": "210987654321", "apiId": "re:[a-z0-9]{10}",
                   "domainName": "re:[a-z0-9]{10}[.]execute-api[.]us-east-1[.]amazonaws[.]com", "domainPrefix": "re:[a-z0-9]{10}",
                   "http": {"method": "POST", "path": "/carts/c-9/items", "protocol": "HTTP/1.1",
                     "sourceIp": "198.51.100.7", "userAgent": "curl/8.5.0"},
                   "requestId": "re:[A-Za-z0-9]{15}=", "routeKey": "POST /carts/{cartId}/items", "stage": "$default",
                   "time": "01/May/2024:12:00:00 +0000", "timeEpoch": 1714564800250},
                 "body": "{\\"sku\\":\\"A-1\\"}",
                 "pathParameters": {"cartId": "c-9"},
                 "isBase64Encoded": false}
                """);
    }

    @Test
    void repeatedHeadersAndParametersAreJoinedByCommasAndCookiesLeaveTheHeaders() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayHttp().header("X-Tag", "a").header("x-tag", "b")
                .queryParameter("id", "1").queryParameter("id", "2").header("Cookie", "theme=dark; lang=en")
                .cookie("session", "s-1").build());

        assertThat(event.at("/headers/x-tag").asText()).isEqualTo("a,b");
        assertThat(event.at("/queryStringParameters/id").asText()).isEqualTo("1,2");
        assertThat(event.get("rawQueryString").asText()).isEqualTo("id=1&id=2");
        assertThat(JsonMatch.texts(event.get("cookies"), "")).containsExactly("theme=dark", "lang=en", "session=s-1");
        assertThat(event.get("headers").has("cookie")).isFalse();
    }

    @Test
    void aNamedStagePrefixesTheRawPath() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayHttp().stage("prod").path("/orders").build());

        assertThat(event.get("rawPath").asText()).isEqualTo("/prod/orders");
        assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/prod/orders");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("prod");
    }

    @Test
    void theRouteGivesTheMethodUnlessOneIsGiven() {
        assertThat(Events.apiGatewayHttp().route("DELETE /o/{id}").path("/o/1").build().asJson()
                .at("/requestContext/http/method").asText()).isEqualTo("DELETE");
        assertThat(Events.apiGatewayHttp().route("ANY /{proxy+}").path("/o/1").method("patch").build().asJson()
                .at("/requestContext/http/method").asText()).isEqualTo("PATCH");
    }

    @Test
    void jwtAuthorizerClaimsAndScopesReachTheTypedEvent() {
        APIGatewayV2HTTPEvent event = Events.apiGatewayHttp().jwtClaims(Map.of("sub", "user-7"))
                .jwtScopes("orders/read", "orders/write").cookie("a", "1").build().as(APIGatewayV2HTTPEvent.class);

        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = event.getRequestContext().getAuthorizer().getJwt();
        assertThat(jwt.getClaims()).containsExactly(Map.entry("sub", "user-7"));
        assertThat(jwt.getScopes()).containsExactly("orders/read", "orders/write");
        assertThat(event.getCookies()).containsExactly("a=1");
        assertThat(event.getRequestContext().getTimeEpoch()).isEqualTo(EventBuilder.DEFAULT_TIME.toEpochMilli());
    }

    @Test
    void lambdaAuthorizerContextIsPassedAsGiven() {
        JsonNode authorizer = JsonMatch.tree(Events.apiGatewayHttp()
                .lambdaAuthorizerContext(Map.of("tenant", "acme", "tier", 2)).build()).at("/requestContext/authorizer");

        assertThat(authorizer.at("/lambda/tenant").asText()).isEqualTo("acme");
        assertThat(authorizer.at("/lambda/tier").asInt()).isEqualTo(2);
        assertThat(authorizer.has("jwt")).isFalse();
    }

    @Test
    void aRawQueryStringIsPassedOnAsSentAndItsPairsDecoded() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayHttp().rawQueryString("q=a+b&tag=x%2Fy&flag&bad=%zz")
                .queryParameter("page", "2 3").build());

        assertThat(event.get("rawQueryString").asText()).isEqualTo("q=a+b&tag=x%2Fy&flag&bad=%zz&page=2%203");
        assertThat(event.at("/queryStringParameters/q").asText()).isEqualTo("a b");
        assertThat(event.at("/queryStringParameters/tag").asText()).isEqualTo("x/y");
        assertThat(event.at("/queryStringParameters/flag").asText()).isEmpty();
        assertThat(event.at("/queryStringParameters/bad").asText()).isEqualTo("%zz");
        assertThat(event.at("/queryStringParameters/page").asText()).isEqualTo("2 3");
        assertThatThrownBy(() -> Events.apiGatewayHttp().rawQueryString("?q=1"))
                .hasMessage("raw query string \"?q=1\" starts with ?. Pass what follows the ?, such as \"q=1\".");
    }

    @Test
    void anApiIdGivenIsTheApisInEveryRequest() {
        ApiGatewayHttpEventBuilder api = Events.apiGatewayHttp().apiId("a1b2c3d4e5");

        JsonNode first = api.path("/a").build().asJson();
        JsonNode second = api.path("/b").clock(new TickingClock(java.time.Instant.parse("2025-01-01T00:00:00Z"),
                java.time.Duration.ofSeconds(1))).build().asJson();

        for (JsonNode event : new JsonNode[] {first, second}) {
            assertThat(event.at("/requestContext/apiId").asText()).isEqualTo("a1b2c3d4e5");
            assertThat(event.at("/requestContext/domainName").asText()).isEqualTo("a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
            assertThat(event.at("/headers/host").asText()).isEqualTo("a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
        }
        assertThat(first.at("/requestContext/requestId")).isNotEqualTo(second.at("/requestContext/requestId"));
    }

    @Test
    void badRoutesAreRefusedWithTheFix() {
        assertThatThrownBy(() -> Events.apiGatewayHttp().route("/orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route \"/orders\" is not an HTTP API route key. Pass \"$default\" or a method and path, "
                        + "such as \"GET /orders/{id}\".");
    }
}
