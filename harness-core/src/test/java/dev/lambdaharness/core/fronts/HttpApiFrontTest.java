package dev.lambdaharness.core.fronts;

import static dev.lambdaharness.core.fronts.FrontClient.get;
import static dev.lambdaharness.core.fronts.FrontClient.host;
import static dev.lambdaharness.core.fronts.FrontClient.json;
import static dev.lambdaharness.core.fronts.FrontClient.send;
import static dev.lambdaharness.core.fronts.FrontClient.sentBy;
import static dev.lambdaharness.core.fronts.FrontClient.text;
import static dev.lambdaharness.core.fronts.FrontClient.userAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.HttpApiConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.Events;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An HTTP API served by a runtime, called with the JDK's HttpClient: the events are the builder's, the answers the service's. */
class HttpApiFrontTest extends RuntimeWithFronts {

    @Test
    void aRequestBecomesTheEventTheBuilderMakesOfIt() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("POST /orders/{id}/items", echo).build());

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(api.resolve("orders/o-7/items?b=x%20y&a=1&a=2"))
                .header("Content-Type", "application/json").header("Cookie", "s=1; t=2").header("X-Custom", "v")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"A-1\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode received = json(response.body());
        JsonNode expected = sentBy(Events.apiGatewayHttp().route("POST /orders/{id}/items"), received)
                .method("POST").path("/orders/o-7/items")
                .header("content-length", "13").header("content-type", "application/json")
                .header("cookie", "s=1; t=2").header("host", host(api)).header("user-agent", userAgent())
                .header("x-custom", "v")
                .queryParameter("b", "x y").queryParameter("a", "1").queryParameter("a", "2")
                .body("{\"sku\":\"A-1\"}").build().asJson();
        assertThat(received).isEqualTo(expected);
        assertThat(received.path("pathParameters").path("id").asText()).isEqualTo("o-7");
        assertThat(received.path("cookies")).hasSize(2);
        assertThat(received.path("queryStringParameters").path("a").asText()).isEqualTo("1,2");
    }

    @Test
    void aBinaryBodyGoesBase64AndANamedStageServesUnderItsNameWithItsVariables() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("ANY /files/{proxy+}", echo).route("$default", echo)
                .stage("prod").stageVariable("table", "files-prod").build());
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0};

        JsonNode received = json(send(HttpRequest.newBuilder(api.resolve("prod/files/a/b.png"))
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))).body());

        JsonNode expected = sentBy(Events.apiGatewayHttp().route("ANY /files/{proxy+}"), received)
                .stage("prod").stageVariable("table", "files-prod").method("PUT").path("/files/a/b.png")
                .header("content-length", "5").header("content-type", "image/png").header("host", host(api))
                .header("user-agent", userAgent()).binaryBody(bytes).build().asJson();
        assertThat(received).isEqualTo(expected);
        assertThat(received.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(received.path("rawPath").asText()).isEqualTo("/prod/files/a/b.png");
        assertThat(received.path("pathParameters").path("proxy").asText()).isEqualTo("a/b.png");

        JsonNode other = json(send(get(api.resolve("prod/elsewhere"))).body());
        assertThat(other.path("routeKey").asText()).isEqualTo("$default");
        HttpResponse<byte[]> outsideTheStage = send(get(api.resolve("files/a")));
        assertThat(outsideTheStage.statusCode()).isEqualTo(404);
        assertThat(text(outsideTheStage)).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void theMostSpecificRouteWinsAndAnUnknownRouteIs404() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("GET /orders/{id}", echo).route("GET /orders/new", echo)
                .route("ANY /orders/{id}", echo).build());

        assertThat(json(send(get(api.resolve("orders/new"))).body()).path("routeKey").asText()).isEqualTo("GET /orders/new");
        assertThat(json(send(get(api.resolve("orders/7"))).body()).path("routeKey").asText()).isEqualTo("GET /orders/{id}");
        assertThat(json(send(HttpRequest.newBuilder(api.resolve("orders/7")).DELETE()).body()).path("routeKey").asText())
                .isEqualTo("ANY /orders/{id}");
        HttpResponse<byte[]> unknown = send(get(api.resolve("carts")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void theResponseBecomesHttpAsPayloadFormat2Reads() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("$default", responses).build());

        HttpResponse<byte[]> full = send(get(api.resolve("full")));
        assertThat(full.statusCode()).isEqualTo(201);
        assertThat(full.headers().firstValue("x-shop")).hasValue("a");
        assertThat(full.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(full.headers().allValues("Set-Cookie")).containsExactly("a=1; Path=/", "b=2");
        assertThat(full.body()).isEqualTo(HttpResponses.BINARY);

        HttpResponse<byte[]> bareString = send(get(api.resolve("string")));
        assertThat(bareString.statusCode()).isEqualTo(200);
        assertThat(bareString.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(text(bareString)).isEqualTo("hello");
        HttpResponse<byte[]> bareObject = send(get(api.resolve("object")));
        assertThat(bareObject.statusCode()).isEqualTo(200);
        assertThat(json(bareObject.body())).isEqualTo(json("{\"ok\":true}".getBytes()));
    }

    @Test
    void aFunctionErrorAMalformedResponseAndATimedOutFunctionAreThe500OfHttpApis() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        LambdaFunction slow = deploy("slow", handler(HttpResponses.class).timeout(1));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("GET /sleep", slow).route("$default", responses).build());

        for (String path : new String[] {"fail", "malformed", "sleep"}) {
            HttpResponse<byte[]> response = send(get(api.resolve(path)));
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertThat(text(response)).as(path).isEqualTo("{\"message\":\"Internal Server Error\"}");
        }
    }

    @Test
    void theIntegrationTimeoutIs503AndAThrottleIsA500() {
        LambdaFunction slow = deploy("slow", handler(HttpResponses.class).timeout(5));
        LambdaFunction throttled = deploy("throttled", handler(HttpResponses.class).reservedConcurrency(0));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("GET /sleep", slow).route("$default", throttled)
                .integrationTimeout(Duration.ofMillis(200)).build());

        HttpResponse<byte[]> late = send(get(api.resolve("sleep")));
        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(text(late)).isEqualTo("{\"message\":\"Service Unavailable\"}");
        HttpResponse<byte[]> throttle = send(get(api.resolve("object")));
        assertThat(throttle.statusCode()).isEqualTo(500);
        assertThat(text(throttle)).isEqualTo("{\"message\":\"Internal Server Error\"}");
    }

    @Test
    void aBodyOverTenMegabytesIs413() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("$default", echo).build());

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(api)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(text(response)).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
    }

    @Test
    void badConfigurationIsRefusedWithTheFix() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        assertThatThrownBy(() -> HttpApiConfig.builder().route("FETCH /x", echo))
                .hasMessageContaining("\"FETCH /x\" is not an HTTP API route key");
        assertThatThrownBy(() -> HttpApiConfig.builder().build()).hasMessageContaining("has no route");
        assertThatThrownBy(() -> HttpApiConfig.builder().integrationTimeout(Duration.ofSeconds(31)))
                .hasMessageContaining("Give 50 ms to 30 s");
    }
}
