package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CloudFrontEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CloudFrontEventBuilderTest {

    @Test
    void viewerRequestHasTheCurrentLambdaAtEdgeShape() {
        JsonNode event = JsonMatch.tree(Events.cloudFront().uri("/index.html").querystring("?lang=en")
                .header("Accept-Language", "en").build());

        assertMatches(event, """
                {"Records": [{"cf": {
                  "config": {"distributionDomainName": "re:d[a-z0-9]{13}[.]cloudfront[.]net",
                    "distributionId": "re:E[A-Z0-9]{13}", "eventType": "viewer-request",
                    "requestId": "re:[A-Za-z0-9]{54}=="},
                  "request": {"clientIp": "203.0.113.178",
                    "headers": {"host": [{"key": "Host", "value": "re:d[a-z0-9]{13}[.]cloudfront[.]net"}],
                      "user-agent": [{"key": "User-Agent", "value": "curl/8.5.0"}],
                      "accept": [{"key": "Accept", "value": "*/*"}],
                      "accept-language": [{"key": "Accept-Language", "value": "en"}]},
                    "method": "GET", "querystring": "lang=en", "uri": "/index.html"}
                }}]}
                """);
        JsonNode cf = event.at("/Records/0/cf");
        assertThat(cf.at("/request/headers/host/0/value").asText())
                .isEqualTo(cf.at("/config/distributionDomainName").asText());
    }

    @Test
    void originEventsCarryTheOriginAndResponseEventsTheResponse() {
        JsonNode originRequest = JsonMatch.tree(Events.cloudFront().originRequest().s3Origin("assets")
                .region("eu-west-1").build()).at("/Records/0/cf");
        JsonNode viewerResponse = JsonMatch.tree(Events.cloudFront().viewerResponse().status(404)
                .responseHeader("Cache-Control", "no-store").build()).at("/Records/0/cf");

        assertMatches(originRequest.at("/request/origin"), """
                {"s3": {"authMethod": "origin-access-identity", "customHeaders": {},
                  "domainName": "assets.s3.eu-west-1.amazonaws.com", "path": "", "region": "eu-west-1"}}
                """);
        assertThat(originRequest.at("/request/headers/via/0/value").asText()).matches("2[.]0 [0-9a-f]{32}[.]cloudfront[.]net [(]CloudFront[)]");
        assertThat(originRequest.has("response")).isFalse();
        assertThat(viewerResponse.at("/request").has("origin")).isFalse();
        assertMatches(viewerResponse.at("/response"), """
                {"headers": {"content-type": [{"key": "Content-Type", "value": "text/html"}],
                   "server": [{"key": "Server", "value": "CloudFront"}],
                   "cache-control": [{"key": "Cache-Control", "value": "no-store"}]},
                 "status": "404", "statusDescription": "Not Found"}
                """);
    }

    @Test
    void includedBodiesAreBase64AndOnlyForRequestEvents() {
        JsonNode body = JsonMatch.tree(Events.cloudFront().method("POST").body("a=1").build())
                .at("/Records/0/cf/request/body");

        assertMatches(body, """
                {"inputTruncated": false, "action": "read-only", "encoding": "base64", "data": "YT0x"}
                """);
        assertThat(new String(Base64.getDecoder().decode(body.get("data").asText()), StandardCharsets.UTF_8))
                .isEqualTo("a=1");
        assertThatThrownBy(() -> Events.cloudFront().originResponse().body("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passes bodies to request events only");
    }

    @Test
    void typedEventReadsTheRequestLineHeadersAndResponse() {
        CloudFrontEvent.CF cf = Events.cloudFront().originResponse().uri("/a").header("X-Trace", "t-1").status(302)
                .build().as(CloudFrontEvent.class).getRecords().get(0).getCf();

        assertThat(cf.getRequest().getUri()).isEqualTo("/a");
        assertThat(cf.getRequest().getHeaders().get("x-trace").get(0).getValue()).isEqualTo("t-1");
        assertThat(cf.getResponse().getStatus()).isEqualTo("302");
        assertThat(cf.getResponse().getStatusDescription()).isEqualTo("Found");
        assertThat(cf.getConfig().getDistributionId()).startsWith("E");
    }
}
