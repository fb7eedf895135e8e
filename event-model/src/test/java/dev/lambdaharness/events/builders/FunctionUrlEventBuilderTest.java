package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FunctionUrlEventBuilderTest {

    @Test
    void requestHasTheShapeFunctionUrlsDeliver() {
        JsonNode event = JsonMatch.tree(Events.functionUrl().method("POST").path("/hooks").region("eu-west-2")
                .cookie("session", "s-1").body("hi").build());

        assertMatches(event, """
                {"version": "2.0", "routeKey": "$default", "rawPath": "/hooks", "rawQueryString": "",
                 "cookies": ["session=s-1"],
                 "headers": {"accept": "*/*", "host": "re:[a-z0-9]{32}[.]lambda-url[.]eu-west-2[.]on[.]aws",
                   "user-agent": "curl/8.5.0", "x-amzn-trace-id": "re:Root=1-66322ec0-[0-9a-f]{24}",
                   "x-forwarded-for": "198.51.100.7", "x-forwarded-port": "443", "x-forwarded-proto": "https",
                   "content-length": "2", "x-amzn-tls-cipher-suite": "TLS_AES_128_GCM_SHA256",
                   "x-amzn-tls-version": "TLSv1.3", "cookie": "session=s-1"},
                 "requestContext": {"accountId": "anonymous", "apiId": "re:[a-z0-9]{32}",
                   "domainName": "re:[a-z0-9]{32}[.]lambda-url[.]eu-west-2[.]on[.]aws", "domainPrefix": "re:[a-z0-9]{32}",
                   "http": {"method": "POST", "path": "/hooks", "protocol": "HTTP/1.1", "sourceIp": "198.51.100.7",
                     "userAgent": "curl/8.5.0"},
                   "requestId": "%s", "routeKey": "$default", "stage": "$default",
                   "time": "01/May/2024:12:00:00 +0000", "timeEpoch": 1714564800250},
                 "body": "hi", "isBase64Encoded": false}
                """.formatted(Patterns.UUID));
        assertThat(event.at("/requestContext/apiId").asText())
                .isEqualTo(event.at("/requestContext/domainPrefix").asText());
    }

    @Test
    void iamAuthNamesTheSigningSessionInTheOwnAccount() {
        JsonNode context = JsonMatch.tree(Events.functionUrl().account("210987654321").awsIamAuth().build())
                .get("requestContext");

        assertThat(context.get("accountId").asText()).isEqualTo("210987654321");
        assertMatches(context.at("/authorizer/iam"), """
                {"accessKey": "re:ASIA[A-Z0-9]{16}", "accountId": "210987654321",
                 "callerId": "re:AROA[A-Z0-9]{17}:session-[a-z0-9]{8}", "cognitoIdentity": null, "principalOrgId": null,
                 "userArn": "re:arn:aws:sts::210987654321:assumed-role/caller-role/session-[a-z0-9]{8}",
                 "userId": "re:AROA[A-Z0-9]{17}:session-[a-z0-9]{8}"}
                """);
    }

    @Test
    void binaryBodiesReachTheTypedEventBase64() {
        APIGatewayV2HTTPEvent event = Events.functionUrl().binaryBody(new byte[] {0, 1, 2}).build()
                .as(APIGatewayV2HTTPEvent.class);

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).containsExactly(0, 1, 2);
        assertThat(event.getRequestContext().getRouteKey()).isEqualTo("$default");
    }
    @Test
    void aUrlIdGivenIsTheUrlsInEveryRequestAndTheRawQueryStringIsAsSent() {
        JsonNode event = JsonMatch.tree(Events.functionUrl().urlId("abcdefghijklmnopqrstuvwxyz012345")
                .rawQueryString("q=a+b").build());

        assertThat(event.at("/requestContext/apiId").asText()).isEqualTo("abcdefghijklmnopqrstuvwxyz012345");
        assertThat(event.at("/requestContext/domainName").asText())
                .isEqualTo("abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws");
        assertThat(event.get("rawQueryString").asText()).isEqualTo("q=a+b");
        assertThat(event.at("/queryStringParameters/q").asText()).isEqualTo("a b");
    }
}
