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
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.RestApiConfig;
import dev.lambdaharness.events.Events;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A REST API served by a runtime, called with the JDK's HttpClient. */
class RestApiFrontTest extends RuntimeWithFronts {

    /**
     * The event {@link EchoesEvent} answered with: a REST API passes its base64 body on as it is,
     * application/json being none of the API's binary media types.
     */
    private static JsonNode echoed(HttpRequest.Builder request) {
        return json(Base64.getDecoder().decode(send(request).body()));
    }

    @Test
    void aRequestBecomesTheEventTheBuilderMakesOfIt() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.restApi(RestApiConfig.builder().route("POST /orders/{id}/items", echo)
                .stageVariable("table", "orders-prod").build());

        JsonNode received = echoed(HttpRequest.newBuilder(api.resolve("prod/orders/o-7/items?b=x%20y&a=1&a=2"))
                .header("Content-Type", "application/json").header("X-Custom", "v")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"A-1\"}")));

        // Header names as the client spelt them, as far as the JDK's server lets them be known (docs/http-fronts.md).
        JsonNode expected = sentBy(Events.apiGatewayRest().resource("/orders/{id}/items"), received
                .path("requestContext").path("requestTimeEpoch").asLong())
                .apiId(received.path("requestContext").path("apiId").asText())
                .stage("prod").stageVariable("table", "orders-prod").method("POST").path("/orders/o-7/items")
                .header("Content-Length", "13").header("Content-Type", "application/json").header("Host", host(api))
                .header("User-Agent", userAgent()).header("X-Custom", "v")
                .queryParameter("b", "x y").queryParameter("a", "1").queryParameter("a", "2")
                .body("{\"sku\":\"A-1\"}").build().asJson();
        assertThat(received).isEqualTo(expected);
        assertThat(received.path("multiValueQueryStringParameters").path("a")).hasSize(2);
        assertThat(received.path("requestContext").path("path").asText()).isEqualTo("/prod/orders/o-7/items");
        assertThat(received.path("headers").path("Content-Type").asText()).isEqualTo("application/json");
    }

    @Test
    void theApiKeepsItsIdsFromRequestToRequest() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.restApi(RestApiConfig.builder().route("ANY /{proxy+}", echo).route("GET /health", echo).build());

        JsonNode first = echoed(get(api.resolve("prod/a?x-y=1"))).path("requestContext");
        JsonNode second = echoed(get(api.resolve("prod/b"))).path("requestContext");
        JsonNode health = echoed(get(api.resolve("prod/health"))).path("requestContext");

        for (String id : new String[] {"apiId", "domainName", "resourceId", "deploymentId"}) {
            assertThat(second.path(id)).as(id).isEqualTo(first.path(id));
        }
        assertThat(health.path("apiId")).isEqualTo(first.path("apiId"));
        assertThat(health.path("resourceId")).isNotEqualTo(first.path("resourceId"));
        assertThat(second.path("requestId")).isNotEqualTo(first.path("requestId"));
    }

    @Test
    void onlyABodyOfABinaryMediaTypeGoesBase64() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        URI api = runtime.restApi(RestApiConfig.builder().route("ANY /{proxy+}", echo).binaryMediaType("image/*").build());

        JsonNode png = echoed(HttpRequest.newBuilder(api.resolve("prod/a.png")).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2})));
        JsonNode octets = echoed(HttpRequest.newBuilder(api.resolve("prod/a.bin"))
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofString("ab")));

        assertThat(png.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(png.path("body").asText()).isEqualTo("AQI=");
        assertThat(png.path("pathParameters").path("proxy").asText()).isEqualTo("a.png");
        assertThat(octets.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(octets.path("body").asText()).isEqualTo("ab");
    }

    @Test
    void theResponseBecomesHttpAndABase64BodyIsDecodedOnlyForABinaryMediaType() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        URI binary = runtime.restApi(RestApiConfig.builder().route("ANY /{proxy+}", responses)
                .binaryMediaType("application/octet-stream").build());
        URI text = runtime.restApi(RestApiConfig.builder().route("ANY /{proxy+}", responses).build());

        HttpResponse<byte[]> decoded = send(get(binary.resolve("prod/full")));
        assertThat(decoded.statusCode()).isEqualTo(201);
        assertThat(decoded.headers().firstValue("x-shop")).hasValue("a");
        assertThat(decoded.body()).isEqualTo(HttpResponses.BINARY);
        HttpResponse<byte[]> asSent = send(get(text.resolve("prod/full")));
        assertThat(text(asSent)).isEqualTo(Base64.getEncoder().encodeToString(HttpResponses.BINARY));
        assertThat(text(send(get(text.resolve("prod/other"))))).isEqualTo("path /other");
    }

    @Test
    void failuresAreTheRestApisOwnAnswers() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class).timeout(5));
        LambdaFunction throttled = deploy("throttled", handler(HttpResponses.class)
                .reservedConcurrency(0));
        URI api = runtime.restApi(RestApiConfig.builder().route("ANY /{proxy+}", responses)
                .route("GET /throttled", throttled).build());
        URI impatient = runtime.restApi(RestApiConfig.builder().route("GET /sleep", responses)
                .integrationTimeout(Duration.ofMillis(200)).build());

        for (String path : new String[] {"fail", "malformed", "string"}) {
            HttpResponse<byte[]> response = send(get(api.resolve("prod/" + path)));
            assertThat(response.statusCode()).as(path).isEqualTo(502);
            assertThat(text(response)).as(path).isEqualTo("{\"message\": \"Internal server error\"}");
        }
        HttpResponse<byte[]> late = send(get(impatient.resolve("prod/sleep")));
        assertThat(late.statusCode()).isEqualTo(504);
        assertThat(text(late)).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
        assertThat(send(get(api.resolve("prod/throttled"))).statusCode()).isEqualTo(500);
        HttpResponse<byte[]> unknown = send(get(api.resolve("orders")));
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(text(unknown)).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void badConfigurationIsRefusedWithTheFix() {
        LambdaFunction echo = deploy("echo", handler(EchoesEvent.class));
        assertThat(RestApiConfig.builder().route("ANY /{proxy+}", echo).build().integrationTimeout())
                .as("a REST API's default integration timeout").isEqualTo(Duration.ofSeconds(29));
        assertThatThrownBy(() -> RestApiConfig.builder().route("$default", echo)).hasMessageContaining("no $default");
        assertThatThrownBy(() -> RestApiConfig.builder().integrationTimeout(Duration.ofSeconds(30)))
                .hasMessageContaining("Give 50 ms to 29 s");
        assertThatThrownBy(() -> RestApiConfig.builder().binaryMediaType("png")).hasMessageContaining("image/png");
    }

}
