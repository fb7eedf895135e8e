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
                .apiId(apiId(received)).method("POST").path("/orders/o-7/items")
                .header("content-length", "13").header("content-type", "application/json")
                .header("cookie", "s=1; t=2").header("host", host(api)).header("user-agent", userAgent())
                .header("x-custom", "v")
                .rawQueryString("b=x%20y&a=1&a=2")
                .body("{\"sku\":\"A-1\"}").build().asJson();
        assertThat(received).isEqualTo(expected);
        assertThat(received.path("pathParameters").path("id").asText()).isEqualTo("o-7");
        assertThat(received.path("queryStringParameters").path("b").asText()).isEqualTo("x y");
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
                .apiId(apiId(received)).stage("prod").stageVariable("table", "files-prod").method("PUT").path("/files/a/b.png")
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
    void theApiKeepsItsIdAndPassesTheQueryStringOnAsTheClientSentIt() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("$default", echo).build());

        JsonNode first = json(send(get(api.resolve("a?q=x+y&tag=a%2Fb&flag"))).body());
        JsonNode second = json(send(get(api.resolve("b"))).body());

        assertThat(first.path("rawQueryString").asText()).isEqualTo("q=x+y&tag=a%2Fb&flag");
        assertThat(first.path("queryStringParameters").path("q").asText()).isEqualTo("x y");
        assertThat(first.path("queryStringParameters").path("tag").asText()).isEqualTo("a/b");
        assertThat(apiId(first)).matches("[a-z0-9]{10}").isEqualTo(apiId(second));
        assertThat(first.path("requestContext").path("domainName")).isEqualTo(second.path("requestContext").path("domainName"));
        assertThat(first.path("requestContext").path("requestId")).isNotEqualTo(second.path("requestContext").path("requestId"));
    }

    @Test
    void aRouteOfPayloadFormat1BecomesTheEventTheFormat1BuilderMakesOfIt() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("POST /orders/{id}", echo, HttpApiConfig.PAYLOAD_FORMAT_1_0)
                .route("$default", echo).stage("prod").stageVariable("table", "orders-prod").build());

        JsonNode received = json(send(HttpRequest.newBuilder(api.resolve("prod/orders/o-7?tag=a&tag=b+c"))
                .header("Content-Type", "application/json").header("Cookie", "s=1").header("X-Custom-Header", "v")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).body());

        // Header names as the client spelt them, as far as the JDK's server lets them be known (docs/http-fronts.md).
        JsonNode expected = sentBy(Events.apiGatewayHttpV1().route("POST /orders/{id}"),
                received.path("requestContext").path("requestTimeEpoch").asLong())
                .apiId(apiId(received)).stage("prod").stageVariable("table", "orders-prod").method("POST").path("/orders/o-7")
                .header("Content-Length", "2").header("Content-Type", "application/json").header("Cookie", "s=1")
                .header("Host", host(api)).header("User-Agent", userAgent()).header("X-Custom-Header", "v")
                .rawQueryString("tag=a&tag=b+c").body("{}").build().asJson();
        assertThat(received).isEqualTo(expected);
        assertThat(received.path("version").asText()).isEqualTo("1.0");
        assertThat(received.path("path").asText()).isEqualTo("/prod/orders/o-7");
        assertThat(received.path("multiValueQueryStringParameters").path("tag").get(1).asText()).isEqualTo("b c");
        assertThat(received.path("headers").has("X-Custom-Header")).isTrue();
        assertThat(json(send(get(api.resolve("prod/other"))).body()).path("version").asText()).isEqualTo("2.0");
    }

    @Test
    void aResponseOfFormat1MustHaveAStatusCodeAndIsNotInferred() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("$default", responses, HttpApiConfig.PAYLOAD_FORMAT_1_0)
                .build());

        HttpResponse<byte[]> full = send(get(api.resolve("full")));
        assertThat(full.statusCode()).isEqualTo(201);
        assertThat(full.headers().firstValue("x-shop")).hasValue("a");
        assertThat(full.body()).isEqualTo(HttpResponses.BINARY);
        HttpResponse<byte[]> multi = send(get(api.resolve("multi")));
        assertThat(multi.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(text(multi)).isEqualTo("both");
        for (String path : new String[] {"string", "object", "malformed", "fail"}) {
            HttpResponse<byte[]> response = send(get(api.resolve(path)));
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertThat(text(response)).as(path).isEqualTo("{\"message\":\"Internal Server Error\"}");
        }
    }

    @Test
    void badConfigurationIsRefusedWithTheFix() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        assertThatThrownBy(() -> HttpApiConfig.builder().route("FETCH /x", echo))
                .hasMessageContaining("\"FETCH /x\" is not an HTTP API route key");
        assertThatThrownBy(() -> HttpApiConfig.builder().build()).hasMessageContaining("has no route");
        assertThatThrownBy(() -> HttpApiConfig.builder().integrationTimeout(Duration.ofSeconds(31)))
                .hasMessageContaining("Give 50 ms to 30 s");
        assertThatThrownBy(() -> HttpApiConfig.builder().route("$default", echo, "1"))
                .hasMessage("Payload format version \"1\" is not one an HTTP API takes. Give \"1.0\" or \"2.0\".");
        HttpApiConfig api = HttpApiConfig.builder().route("GET /a", echo).route("GET /b", echo, "1.0").build();
        assertThat(api.payloadFormatVersion("GET /a")).isEqualTo(HttpApiConfig.PAYLOAD_FORMAT_2_0);
        assertThat(api.payloadFormatVersion("GET /b")).isEqualTo(HttpApiConfig.PAYLOAD_FORMAT_1_0);
        assertThatThrownBy(() -> api.payloadFormatVersion("GET /c")).hasMessageContaining("no route \"GET /c\"");
    }

    static String apiId(JsonNode received) {
        return received.path("requestContext").path("apiId").asText();
    }
}
