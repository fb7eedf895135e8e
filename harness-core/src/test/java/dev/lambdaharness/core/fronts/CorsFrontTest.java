package dev.lambdaharness.core.fronts;

import static dev.lambdaharness.core.fronts.FrontClient.get;
import static dev.lambdaharness.core.fronts.FrontClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.CorsConfig;
import dev.lambdaharness.core.HttpApiConfig;
import dev.lambdaharness.core.LambdaFunction;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** CORS as an HTTP API and a Function URL apply it: preflights answered by the front, headers on responses. */
class CorsFrontTest extends RuntimeWithFronts {

    private static final String SHOP = "https://shop.example.com";
    private static final CorsConfig CORS = CorsConfig.builder().allowOrigins(SHOP).allowMethods("GET", "POST")
            .allowHeaders("content-type").exposeHeaders("x-shop").maxAge(300).allowCredentials(true).build();

    private static HttpResponse<byte[]> preflight(URI uri, String origin) {
        return send(HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST"));
    }

    @Test
    void theHttpApiAnswersPreflightsItselfAndPutsTheConfiguredHeadersOnResponses() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        URI api = runtime.httpApi(HttpApiConfig.builder().route("$default", responses).cors(CORS).build());

        HttpResponse<byte[]> allowed = preflight(api.resolve("full"), SHOP);
        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type");
        assertThat(allowed.headers().firstValue("Access-Control-Max-Age")).hasValue("300");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        HttpResponse<byte[]> stranger = preflight(api.resolve("full"), "https://evil.example.com");
        assertThat(stranger.statusCode()).isEqualTo(204);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<byte[]> full = send(get(api.resolve("full")).header("Origin", SHOP));
        assertThat(full.statusCode()).isEqualTo(201);
        assertThat(full.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
        assertThat(full.headers().firstValue("Access-Control-Expose-Headers")).hasValue("x-shop");
        HttpResponse<byte[]> ownHeaders = send(get(api.resolve("cors")).header("Origin", "https://evil.example.com"));
        assertThat(ownHeaders.statusCode()).isEqualTo(200);
        assertThat(ownHeaders.headers().firstValue("Access-Control-Allow-Origin")).as("the function's own is dropped").isEmpty();
    }

    @Test
    void aFunctionUrlAnswersPreflightsItselfAndAnyOriginGetsAStar() {
        LambdaFunction responses = deploy("responses", handler(HttpResponses.class));
        URI url = runtime.functionUrl(responses, CorsConfig.builder().allowOrigins("*").allowMethods("*").build());

        HttpResponse<byte[]> answer = preflight(url.resolve("full"), SHOP);
        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(send(get(url.resolve("full")).header("Origin", SHOP)).headers()
                .firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<byte[]> withoutOrigin = send(get(url.resolve("cors")));
        assertThat(withoutOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void credentialsWithAnyOriginAreRefused() {
        assertThatThrownBy(() -> CorsConfig.builder().allowOrigins("*").allowCredentials(true).build())
                .hasMessageContaining("Name the origins");
    }
}
