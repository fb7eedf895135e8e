package dev.lambdaharness.core.fronts;

import static dev.lambdaharness.core.fronts.FrontClient.get;
import static dev.lambdaharness.core.fronts.FrontClient.host;
import static dev.lambdaharness.core.fronts.FrontClient.json;
import static dev.lambdaharness.core.fronts.FrontClient.send;
import static dev.lambdaharness.core.fronts.FrontClient.sentBy;
import static dev.lambdaharness.core.fronts.FrontClient.text;
import static dev.lambdaharness.core.fronts.FrontClient.userAgent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.AlbConfig;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.AlbEventBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** An Application Load Balancer served by a runtime, with and without multi-value headers. */
class AlbFrontTest extends RuntimeWithFronts {

    /** The second the request arrived, which an ALB event shows only in its trace header. */
    private static long arrival(JsonNode received, String headers) {
        JsonNode trace = headers.equals("headers") ? received.path("headers").path("x-amzn-trace-id")
                : received.path("multiValueHeaders").path("x-amzn-trace-id").get(0);
        return Long.parseLong(trace.asText().split("-")[1], 16) * 1000;
    }

    /** The 16 hexadecimal digits that end the target group's ARN. */
    private static String targetGroupId(JsonNode received) {
        String arn = received.path("requestContext").path("elb").path("targetGroupArn").asText();
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static AlbEventBuilder sameRequest(AlbEventBuilder builder, URI alb, long arrival) {
        return sentBy(builder, arrival).method("POST").path("/orders")
                .header("content-length", "1").header("host", host(alb)).header("user-agent", userAgent())
                .header("x-tenant", "a").header("x-tenant", "b")
                .rawQueryString("status=open&status=a+b%2Fc").body("x");
    }

    /** A request with a body, because whether the JDK's client sends Content-Length: 0 on a GET depends on its version. */
    private static HttpRequest.Builder post(URI uri) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("x"));
    }

    @Test
    void aRequestBecomesTheEventTheBuilderMakesOfItWithAndWithoutMultiValueHeaders() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI single = runtime.alb(AlbConfig.builder(echo).targetGroup("orders-tg").build());
        URI multi = runtime.alb(AlbConfig.builder(echo).targetGroup("orders-tg").multiValueHeaders(true).build());

        JsonNode one = json(send(post(single.resolve("orders?status=open&status=a+b%2Fc"))
                .header("X-Tenant", "a").header("X-Tenant", "b")).body());
        JsonNode many = json(send(post(multi.resolve("orders?status=open&status=a+b%2Fc"))
                .header("X-Tenant", "a").header("X-Tenant", "b")).body());

        assertThat(one).isEqualTo(sameRequest(Events.alb().targetGroup("orders-tg").targetGroupId(targetGroupId(one)), single,
                arrival(one, "headers")).build().asJson());
        // The load balancer passes a query value on as the client encoded it.
        assertThat(one.path("queryStringParameters").path("status").asText()).isEqualTo("a+b%2Fc");
        assertThat(many).isEqualTo(sameRequest(Events.alb().targetGroup("orders-tg").targetGroupId(targetGroupId(many))
                .multiValueHeaders(), multi, arrival(many, "multiValueHeaders")).build().asJson());
        assertThat(targetGroupId(json(send(post(single.resolve("again"))).body()))).isEqualTo(targetGroupId(one));
        assertThat(many.path("multiValueHeaders").path("x-tenant")).hasSize(2);
    }

    @Test
    void theResponseBecomesHttpAndFailuresAreTheLoadBalancersPages() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        LambdaFunction throttled = deploy("throttled", handler(HttpResponses.class)
                .reservedConcurrency(0));
        URI alb = runtime.alb(AlbConfig.builder(responses).build());

        HttpResponse<byte[]> full = send(get(alb.resolve("full")));
        assertThat(full.statusCode()).isEqualTo(201);
        assertThat(full.headers().firstValue("x-shop")).hasValue("a");
        assertThat(full.body()).isEqualTo(HttpResponses.BINARY);
        for (String path : new String[] {"fail", "malformed", "string"}) {
            HttpResponse<byte[]> response = send(get(alb.resolve(path)));
            assertThat(response.statusCode()).as(path).isEqualTo(502);
            assertThat(text(response)).as(path).contains("<title>502 Bad Gateway</title>");
        }
        assertThat(send(get(runtime.alb(AlbConfig.builder(throttled).build()))).statusCode()).isEqualTo(503);
        HttpResponse<byte[]> tooLarge = send(HttpRequest.newBuilder(alb)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1])));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }
}
