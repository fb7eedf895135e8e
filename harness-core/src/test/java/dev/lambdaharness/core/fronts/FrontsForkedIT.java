package dev.lambdaharness.core.fronts;

import static dev.lambdaharness.core.fronts.FrontClient.get;
import static dev.lambdaharness.core.fronts.FrontClient.host;
import static dev.lambdaharness.core.fronts.FrontClient.json;
import static dev.lambdaharness.core.fronts.FrontClient.send;
import static dev.lambdaharness.core.fronts.FrontClient.sentBy;
import static dev.lambdaharness.core.fronts.FrontClient.userAgent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.HttpApiConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.events.Events;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A front before forked functions: AWS's runtime interface client receives the builder's event and its answer becomes HTTP. */
class FrontsForkedIT extends RuntimeWithFronts {

    @Test
    void aForkedFunctionGetsTheBuildersEventAndItsResponseBecomesHttp() {
        LambdaFunction echo = runtime.function(handler(EchoesEvent.class).functionName("echo").build(), CorpusCode.code(),
                Isolation.FORKED);
        LambdaFunction responses = runtime.function(handler(HttpResponses.class).functionName("responses").build(),
                CorpusCode.code(), Isolation.FORKED);
        URI api = runtime.httpApi(HttpApiConfig.builder().route("POST /orders/{id}", echo).route("$default", responses)
                .build());

        // A body, because whether the JDK's client sends Content-Length: 0 on a GET depends on its version.
        JsonNode received = json(send(HttpRequest.newBuilder(api.resolve("orders/7?page=2"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).body());
        HttpResponse<byte[]> full = send(get(api.resolve("full")));

        assertThat(received).isEqualTo(sentBy(Events.apiGatewayHttp().route("POST /orders/{id}"), received)
                .apiId(HttpApiFrontTest.apiId(received)).method("POST").path("/orders/7").header("content-length", "2").header("host", host(api))
                .header("user-agent", userAgent()).queryParameter("page", "2").body("{}").build().asJson());
        assertThat(full.statusCode()).isEqualTo(201);
        assertThat(full.headers().allValues("Set-Cookie")).containsExactly("a=1; Path=/", "b=2");
        assertThat(full.body()).isEqualTo(HttpResponses.BINARY);
    }
}
