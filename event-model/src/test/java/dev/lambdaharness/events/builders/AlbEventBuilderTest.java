package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlbEventBuilderTest {

    @Test
    void singleValueRequestHasTheShapeAlbSends() {
        JsonNode event = JsonMatch.tree(Events.alb().targetGroup("orders-tg").account("210987654321")
                .path("/orders").queryParameter("q", "a&b").header("X-Tag", "1").header("X-Tag", "2").build());

        assertMatches(event, """
                {"requestContext": {"elb": {"targetGroupArn":
                   "re:arn:aws:elasticloadbalancing:us-east-1:210987654321:targetgroup/orders-tg/[0-9a-f]{16}"}},
                 "httpMethod": "GET", "path": "/orders",
                 "queryStringParameters": {"q": "a%26b"},
                 "headers": {"accept": "*/*", "host": "re:my-load-balancer-[0-9]{10}[.]us-east-1[.]elb[.]amazonaws[.]com",
                   "user-agent": "curl/8.5.0", "x-amzn-trace-id": "re:Root=1-66322ec0-[0-9a-f]{24}",
                   "x-forwarded-for": "198.51.100.7", "x-forwarded-port": "443", "x-forwarded-proto": "https",
                   "x-tag": "2"},
                 "body": "", "isBase64Encoded": false}
                """);
    }

    @Test
    void multiValueTargetGroupsSendEveryValueAndNoSingleValueMaps() {
        JsonNode event = JsonMatch.tree(Events.alb().multiValueHeaders().queryParameter("id", "1")
                .queryParameter("id", "2").header("X-Tag", "1").header("X-Tag", "2").build());

        assertThat(event.has("headers") || event.has("queryStringParameters")).isFalse();
        assertThat(JsonMatch.texts(event.at("/multiValueQueryStringParameters/id"), "")).containsExactly("1", "2");
        assertThat(JsonMatch.texts(event.at("/multiValueHeaders/x-tag"), "")).containsExactly("1", "2");
    }

    @Test
    void typedEventKeepsTheEncodedQueryAndTheBody() {
        ApplicationLoadBalancerRequestEvent event = Events.alb().method("POST").queryParameter("name", "Jane Doe")
                .jsonBody(Map.of("a", 1)).build().as(ApplicationLoadBalancerRequestEvent.class);

        assertThat(event.getQueryStringParameters()).containsExactly(Map.entry("name", "Jane%20Doe"));
        assertThat(event.getBody()).isEqualTo("{\"a\":1}");
        assertThat(event.getHeaders()).containsEntry("content-type", "application/json");
        assertThat(event.getHttpMethod()).isEqualTo("POST");
        assertThat(event.getRequestContext().getElb().getTargetGroupArn())
                .startsWith("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/my-target-group/");
    }
    @Test
    void aRawQueryStringReachesTheFunctionEncodedAsTheClientEncodedItAndTheTargetGroupKeepsItsId() {
        JsonNode event = JsonMatch.tree(Events.alb().targetGroupId("943f017f9feeb75d").rawQueryString("name=Jane+Doe&x=%41")
                .build());

        assertThat(event.at("/queryStringParameters/name").asText()).isEqualTo("Jane+Doe");
        assertThat(event.at("/queryStringParameters/x").asText()).isEqualTo("%41");
        assertThat(event.at("/requestContext/elb/targetGroupArn").asText())
                .isEqualTo("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/my-target-group/943f017f9feeb75d");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Events.alb().targetGroupId("xyz"))
                .hasMessageContaining("the 16 lower-case hexadecimal digits that end its ARN");
    }
}
