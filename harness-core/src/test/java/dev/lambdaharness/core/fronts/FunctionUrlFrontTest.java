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
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.events.Events;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A Function URL served by a runtime, called with the JDK's HttpClient. */
class FunctionUrlFrontTest extends RuntimeWithFronts {

    private URI url(String name, FunctionConfig.Builder config) {
        return runtime.functionUrl(deploy(name, config));
    }

    @Test
    void aRequestBecomesTheEventTheBuilderMakesOfIt() {
        URI url = url("echo", handler(EchoesEvent.class).region("eu-west-1"));

        // A body, because whether the JDK's client sends Content-Length: 0 on a GET depends on its version.
        JsonNode received = json(send(HttpRequest.newBuilder(url.resolve("hooks/github?ref=main&ref=dev"))
                .header("Cookie", "session=s-1").header("X-GitHub-Event", "push")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).body());

        JsonNode expected = sentBy(Events.functionUrl(), received).urlId(urlId(received)).region("eu-west-1").method("POST")
                .path("/hooks/github").header("content-length", "2").header("cookie", "session=s-1").header("host", host(url))
                .header("user-agent", userAgent()).header("x-github-event", "push")
                .queryParameter("ref", "main").queryParameter("ref", "dev").body("{}").build().asJson();
        assertThat(received).isEqualTo(expected);
        JsonNode again = json(send(HttpRequest.newBuilder(url.resolve("other?q=a+b"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).body());
        assertThat(urlId(again)).matches("[a-z0-9]{32}").isEqualTo(urlId(received));
        assertThat(again.path("rawQueryString").asText()).isEqualTo("q=a+b");
        assertThat(received.path("requestContext").path("domainName").asText()).endsWith(".lambda-url.eu-west-1.on.aws");
        assertThat(received.path("cookies").get(0).asText()).isEqualTo("session=s-1");
        assertThat(received.path("rawQueryString").asText()).isEqualTo("ref=main&ref=dev");
    }

    @Test
    void aBinaryBodyGoesBase64() {
        URI url = url("echo", handler(EchoesEvent.class));
        byte[] bytes = {1, 2, 3, (byte) 0xfe};

        JsonNode received = json(send(HttpRequest.newBuilder(url.resolve("upload"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)))
                .body());

        JsonNode expected = sentBy(Events.functionUrl(), received).urlId(urlId(received)).method("POST").path("/upload")
                .header("content-length", "4").header("content-type", "application/octet-stream")
                .header("host", host(url)).header("user-agent", userAgent()).binaryBody(bytes).build().asJson();
        assertThat(received).isEqualTo(expected);
    }

    @Test
    void theResponseBecomesHttpAndFailuresAreTheUrls502() {
        URI url = url("responses", handler(HttpResponses.class).timeout(1));

        HttpResponse<byte[]> full = send(get(url.resolve("full")));
        assertThat(full.statusCode()).isEqualTo(201);
        assertThat(full.headers().allValues("Set-Cookie")).containsExactly("a=1; Path=/", "b=2");
        assertThat(full.body()).isEqualTo(HttpResponses.BINARY);
        assertThat(text(send(get(url.resolve("string"))))).isEqualTo("hello");

        for (String path : new String[] {"fail", "malformed", "sleep"}) {
            HttpResponse<byte[]> response = send(get(url.resolve(path)));
            assertThat(response.statusCode()).as(path).isEqualTo(502);
            assertThat(text(response)).as(path).isEqualTo("Internal Server Error");
        }
    }

    @Test
    void aThrottleIs429() {
        URI url = url("throttled", handler(HttpResponses.class).reservedConcurrency(0));

        HttpResponse<byte[]> response = send(get(url.resolve("object")));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(text(response)).isEqualTo("{\"Message\":\"Rate Exceeded.\"}");
    }

    private static String urlId(JsonNode received) {
        return received.path("requestContext").path("apiId").asText();
    }
}
