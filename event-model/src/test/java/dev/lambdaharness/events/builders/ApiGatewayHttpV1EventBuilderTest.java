package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayHttpV1EventBuilderTest {

    /**
     * The payload format 1.0 request of the API Gateway developer guide, "Working with AWS Lambda
     * proxy integrations for HTTP APIs" (http-api-develop-integrations-lambda), without the
     * {@code identity.clientCert} that only mutual TLS adds.
     */
    private static final String DOCUMENTED = """
            {"version": "1.0", "resource": "/my/path", "path": "/my/path", "httpMethod": "GET",
             "headers": {"Header1": "value1", "Header2": "value2"},
             "multiValueHeaders": {"Header1": ["value1"], "Header2": ["value1", "value2"]},
             "queryStringParameters": {"parameter1": "value1", "parameter2": "value"},
             "multiValueQueryStringParameters": {"parameter1": ["value1", "value2"], "parameter2": ["value"]},
             "requestContext": {"accountId": "123456789012", "apiId": "id",
               "authorizer": {"claims": null, "scopes": null},
               "domainName": "id.execute-api.us-east-1.amazonaws.com", "domainPrefix": "id",
               "extendedRequestId": "request-id", "httpMethod": "GET",
               "identity": {"accessKey": null, "accountId": null, "caller": null, "cognitoAuthenticationProvider": null,
                 "cognitoAuthenticationType": null, "cognitoIdentityId": null, "cognitoIdentityPoolId": null,
                 "principalOrgId": null, "sourceIp": "IP", "user": null, "userAgent": "user-agent", "userArn": null},
               "path": "/my/path", "protocol": "HTTP/1.1", "requestId": "id=", "requestTime": "04/Mar/2020:19:15:17 +0000",
               "requestTimeEpoch": 1583349317135, "resourceId": null, "resourcePath": "/my/path", "stage": "$default"},
             "pathParameters": null, "stageVariables": null, "body": "Hello from Lambda!", "isBase64Encoded": false}
            """;

    @Test
    void theEventHasTheKeysOfTheDocumentedRequestInTheirOrder() throws Exception {
        JsonNode event = JsonMatch.tree(Events.apiGatewayHttpV1().route("GET /my/path").path("/my/path")
                .header("Header1", "value1").header("Header2", "value1").header("Header2", "value2")
                .queryParameter("parameter1", "value1").queryParameter("parameter1", "value2")
                .queryParameter("parameter2", "value").body("Hello from Lambda!").build());

        assertThat(keys("", event)).isEqualTo(keys("", new ObjectMapper().readTree(DOCUMENTED)));
        assertThat(event.path("multiValueHeaders").path("Header2")).hasSize(2);
        assertThat(event.at("/headers/Header2").asText()).isEqualTo("value2");
        assertThat(event.at("/queryStringParameters/parameter1").asText()).isEqualTo("value2");
    }

    @Test
    void requestHasTheShapeOfPayloadFormatOne() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayHttpV1().route("POST /orders/{id}").path("/orders/42")
                .account("210987654321").apiId("a1b2c3d4e5").header("Cookie", "s=1").body("{}").build());

        assertMatches(event, """
                {"version": "1.0", "resource": "/orders/{id}", "path": "/orders/42", "httpMethod": "POST",
                 "headers": {"Accept": "*/*", "Host": "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
                   "User-Agent": "curl/8.5.0", "X-Amzn-Trace-Id": "re:Root=1-66322ec0-[0-9a-f]{24}",
                   "X-Forwarded-For": "198.51.100.7", "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https",
                   "Content-Length": "2", "Cookie": "s=1"},
                 "multiValueHeaders": {"Accept": ["*/*"], "Host": ["a1b2c3d4e5.execute-api.us-east-1.amazonaws.com"],
                   "User-Agent": ["curl/8.5.0"], "X-Amzn-Trace-Id": ["re:.*"], "X-Forwarded-For": ["198.51.100.7"],
                   "X-Forwarded-Port": ["443"], "X-Forwarded-Proto": ["https"], "Content-Length": ["2"], "Cookie": ["s=1"]},
                 "queryStringParameters": null, "multiValueQueryStringParameters": null,
                 "requestContext": {"accountId": "210987654321", "apiId": "a1b2c3d4e5",
                   "authorizer": {"claims": null, "scopes": null},
                   "domainName": "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com", "domainPrefix": "a1b2c3d4e5",
                   "extendedRequestId": "re:[A-Za-z0-9]{15}=", "httpMethod": "POST",
                   "identity": {"accessKey": null, "accountId": null, "caller": null, "cognitoAuthenticationProvider": null,
                     "cognitoAuthenticationType": null, "cognitoIdentityId": null, "cognitoIdentityPoolId": null,
                     "principalOrgId": null, "sourceIp": "198.51.100.7", "user": null, "userAgent": "curl/8.5.0",
                     "userArn": null},
                   "path": "/orders/42", "protocol": "HTTP/1.1", "requestId": "re:[A-Za-z0-9]{15}=",
                   "requestTime": "01/May/2024:12:00:00 +0000", "requestTimeEpoch": 1714564800250, "resourceId": null,
                   "resourcePath": "/orders/{id}", "stage": "$default"},
                 "pathParameters": {"id": "42"}, "stageVariables": null, "body": "{}", "isBase64Encoded": false}
                """);
        assertThat(event.at("/requestContext/requestId")).isEqualTo(event.at("/requestContext/extendedRequestId"));
    }

    @Test
    void theDefaultRouteIsTheResourceAndANamedStagePrefixesThePath() {
        APIGatewayProxyRequestEvent event = Events.apiGatewayHttpV1().stage("prod").path("/a/b")
                .stageVariable("table", "t-prod").rawQueryString("q=x+y&q=z").build().as(APIGatewayProxyRequestEvent.class);

        assertThat(event.getVersion()).isEqualTo("1.0");
        assertThat(event.getResource()).isEqualTo("$default");
        assertThat(event.getPath()).isEqualTo("/prod/a/b");
        assertThat(event.getRequestContext().getPath()).isEqualTo("/prod/a/b");
        assertThat(event.getRequestContext().getStage()).isEqualTo("prod");
        assertThat(event.getStageVariables()).containsExactly(Map.entry("table", "t-prod"));
        assertThat(event.getMultiValueQueryStringParameters().get("q")).containsExactly("x y", "z");
        assertThat(event.getPathParameters()).isNull();
    }

    @Test
    void badRoutesAreRefusedWithTheFix() {
        assertThatThrownBy(() -> Events.apiGatewayHttpV1().route("/orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("route \"/orders\" is not an HTTP API route key");
        assertThatThrownBy(() -> Events.apiGatewayHttpV1().apiId("API-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiId \"API-1\" is not an API Gateway API id. Pass lower-case letters and digits, such as"
                        + " \"a1b2c3d4e5\".");
    }

    /**
     * Every object's keys, in order, by their path: the shape of a document whatever its values;
     * the request's own headers and parameters are values, not shape.
     */
    private static List<String> keys(String path, JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject() && !path.matches("/(headers|multiValueHeaders|queryStringParameters"
                + "|multiValueQueryStringParameters|pathParameters|stageVariables)")) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(path + "/" + name);
                out.addAll(keys(path + "/" + name, node.get(name)));
            });
        }
        return out;
    }
}
