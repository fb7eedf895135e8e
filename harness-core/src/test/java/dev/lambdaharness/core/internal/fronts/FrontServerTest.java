package dev.lambdaharness.core.internal.fronts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A front that fails unexpectedly still answers a JSON document, whatever its exception's message holds. */
class FrontServerTest {

    @Test
    void anUnexpectedFailureIsAnsweredAsValidJsonEvenWithControlCharactersInItsMessage() throws Exception {
        Front broken = request -> {
            throw new IllegalStateException("line one\nline \"two\"\tand a \\ backslash");
        };
        try (FrontServer server = FrontServer.start("test-front", broken)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/anything")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            String message = new ObjectMapper().readTree(response.body()).get("message").asText();
            assertThat(message).contains("line one\nline \"two\"\tand a \\ backslash")
                    .startsWith("The harness could not serve this request: ");
        }
    }

    @Test
    void aBodyOverTenMegabytesGetsTheFrontsOwn413() throws Exception {
        Front front = new Front() {
            @Override
            public FrontResponse serve(FrontRequest request) {
                return FrontResponse.json(200, "{}");
            }

            @Override
            public FrontResponse tooLarge() {
                return FrontResponse.json(413, "{\"own\":true}");
            }
        };
        try (FrontServer server = FrontServer.start("test-front", front)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FrontServer.MAX_BODY_BYTES + 1])).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).isEqualTo("{\"own\":true}");
        }
    }

    @Test
    void theLoadBalancersTooLargeAnswerIsItsOwnPageThroughCorsToo() {
        AlbFront alb = new AlbFront(null, "tg", false);

        assertThat(alb.tooLarge()).isSameAs(FrontErrors.ALB_TOO_LARGE);
        assertThat(new CorsFront(alb, dev.lambdaharness.core.CorsConfig.builder().build()).tooLarge())
                .isSameAs(FrontErrors.ALB_TOO_LARGE);
        assertThat(((Front) request -> FrontResponse.json(200, "{}")).tooLarge()).isSameAs(FrontErrors.REQUEST_TOO_LARGE);
    }
}
