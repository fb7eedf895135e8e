package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayRestEventBuilderTest {

    @Test
    void getRequestHasTheShapeApiGatewaySends() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayRest().resource("/orders/{id}").path("/orders/42")
                .region("eu-west-1").account("210987654321").header("Accept", "application/json").build());

        assertMatches(event, """
                {"resource": "/orders/{id}", "path": "/orders/42", "httpMethod": "GET",
                 "headers": {"Host": "re:[a-z0-9]{10}[.]execute-api[.]eu-west-1[.]amazonaws[.]com",
                   "User-Agent": "curl/8.5.0", "X-Amzn-Trace-Id": "re:Root=1-66322ec0-[0-9a-f]{24}",
                   "X-Forwarded-For": "198.51.100.7", "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https",
                   "Accept": "application/json"},
                 "multiValueHeaders": {"Host": ["re:.*"], "User-Agent": ["curl/8.5.0"], "X-Amzn-Trace-Id": ["re:.*"],
                   "X-Forwarded-For": ["198.51.100.7"], "X-Forwarded-Port": ["443"], "X-Forwarded-Proto": ["https"],
                   "Accept": ["application/json"]},
                 "queryStringParameters": null, "multiValueQueryStringParameters": null,
                 "pathParameters": {"id": "42"}, "stageVariables": null,
                 "requestContext": {
                   "resourceId": "re:[a-z0-9]{6}", "resourcePath": "/orders/{id}", "httpMethod": "GET",
                   "extendedRequestId": "re:[A-Za-z0-9]{15}=", "requestTime": "01/May/2024:12:00:00 +0000",
                   "path": "/prod/orders/42", "accountId": "210987654321", "protocol": "HTTP/1.1", "stage": "prod",
                   "domainPrefix": "re:[a-z0-9]{10}", "requestTimeEpoch": 1714564800250, "requestId": "%s",
                   "identity": {"cognitoIdentityPoolId": null, "accountId": null, "cognitoIdentityId": null,
                     "caller": null, "sourceIp": "198.51.100.7", "principalOrgId": null, "accessKey": null,
                     "cognitoAuthenticationType": null, "cognitoAuthenticationProvider": null, "userArn": null,
                     "userAgent": "curl/8.5.0", "user": null},
                   "domainName": "re:[a-z0-9]{10}[.]execute-api[.]eu-west-1[.]amazonaws[.]com",
                   "deploymentId": "re:[a-z0-9]{6}", "apiId": "re:[a-z0-9]{10}"},
                 "body": null, "isBase64Encoded": false}
                """.formatted(Patterns.UUID));
        String apiId = event.at("/requestContext/apiId").asText();
        assertThat(event.at("/requestContext/domainName").asText()).startsWith(apiId + ".")
                .isEqualTo(event.at("/headers/Host").asText());
        assertThat(event.at("/requestContext/domainPrefix").asText()).isEqualTo(apiId);
    }

    @Test
    void repeatedNamesKeepEveryValueInTheMultiValueMapsAndTheLastInTheOthers() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayRest().queryParameter("tag", "a").queryParameter("tag", "b c")
                .header("X-Tag", "1").header("X-Tag", "2").build());

        assertThat(event.at("/queryStringParameters/tag").asText()).isEqualTo("b c");
        assertThat(JsonMatch.texts(event.at("/multiValueQueryStringParameters/tag"), "")).containsExactly("a", "b c");
        assertThat(event.at("/headers/X-Tag").asText()).isEqualTo("2");
        assertThat(JsonMatch.texts(event.at("/multiValueHeaders/X-Tag"), "")).containsExactly("1", "2");
    }

    @Test
    void requestTimeAndEpochAreTheSameInstant() {
        JsonNode context = JsonMatch.tree(Events.apiGatewayRest().clock(new TickingClock(
                Instant.parse("2025-03-04T05:06:07.008Z"), java.time.Duration.ofMillis(1))).build()).get("requestContext");

        Instant epoch = Instant.ofEpochMilli(context.get("requestTimeEpoch").asLong());
        Instant text = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
                .parse(context.get("requestTime").asText(), Instant::from);
        assertThat(text).isEqualTo(epoch.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void greedyPathParametersAndClaimsReachTheTypedEvent() {
        APIGatewayProxyRequestEvent event = Events.apiGatewayRest().method("post").resource("/files/{proxy+}")
                .path("/files/a/b.txt").stage("dev").stageVariable("bucket", "uploads")
                .claims(Map.of("sub", "user-7", "email", "jane@example.com"))
                .jsonBody(Map.of("size", 3)).build().as(APIGatewayProxyRequestEvent.class);

        assertThat(event.getHttpMethod()).isEqualTo("POST");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("proxy", "a/b.txt"));
        assertThat(event.getStageVariables()).containsEntry("bucket", "uploads");
        assertThat(event.getRequestContext().getPath()).isEqualTo("/dev/files/a/b.txt");
        assertThat(event.getRequestContext().getAuthorizer()).containsEntry("claims",
                Map.of("sub", "user-7", "email", "jane@example.com"));
        assertThat(event.getBody()).isEqualTo("{\"size\":3}");
        assertThat(event.getHeaders()).containsEntry("Content-Type", "application/json").containsEntry("Content-Length", "10");
    }

    @Test
    void binaryBodiesAreBase64() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        JsonNode event = JsonMatch.tree(Events.apiGatewayRest().method("PUT").binaryBody(png).build());

        assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.get("body").asText())).containsExactly(png);
        assertThat(event.at("/headers/Content-Length").asText()).isEqualTo("4");
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Events.apiGatewayRest().resource("/orders/{id}").path("/users/1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path \"/users/1\" does not match \"/orders/{id}\". Give a path the template matches, "
                        + "or change the template.");
        assertThatThrownBy(() -> Events.apiGatewayRest().path("/orders?id=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queryParameter(name, value)");
    }

    @Test
    void withoutResourceThePathIsTheResourceAndThereAreNoPathParameters() {
        JsonNode event = JsonMatch.tree(Events.apiGatewayRest().path("/health").build());

        assertThat(event.get("resource").asText()).isEqualTo("/health");
        assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo("/health");
        assertThat(event.get("pathParameters").isNull()).isTrue();
    }

    @Test
    void anApisIdsStayTheSameFromRequestToRequest() {
        ApiGatewayRestEventBuilder api = Events.apiGatewayRest().apiId("a1b2c3d4e5").resource("/orders/{id}");

        JsonNode first = JsonMatch.tree(api.path("/orders/1").build()).get("requestContext");
        JsonNode second = JsonMatch.tree(api.path("/orders/2").clock(new TickingClock(Instant.parse("2025-01-01T00:00:00Z"),
                java.time.Duration.ofSeconds(1))).build()).get("requestContext");
        JsonNode otherResource = JsonMatch.tree(api.resource("/carts/{id}").path("/carts/1").build()).get("requestContext");

        for (String id : new String[] {"apiId", "domainName", "resourceId", "deploymentId"}) {
            assertThat(second.get(id)).as(id).isEqualTo(first.get(id));
        }
        assertThat(first.get("apiId").asText()).isEqualTo("a1b2c3d4e5");
        assertThat(otherResource.get("resourceId")).isNotEqualTo(first.get("resourceId"));
        assertThat(otherResource.get("deploymentId")).isEqualTo(first.get("deploymentId"));
        assertThat(second.get("requestId")).isNotEqualTo(first.get("requestId"));
    }
}
