package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Payload format 2.0, which HTTP APIs and Function URLs share: lower-case header names, repeated
 * headers and query parameters joined by commas, cookies in their own array, the raw path and
 * query string as sent, and absent parts left out rather than {@code null}.
 */
final class HttpV2Payload {

    private HttpV2Payload() {
    }

    /** The parts of a request that differ between HTTP APIs and Function URLs. */
    record Gateway(String method, String accountId, String apiId, String domainName, String requestId, String routeKey,
            String stage, String rawPath, NameValues headers, boolean keepCookieHeader,
            NameValues pathParameters, NameValues stageVariables, ObjectNode authorizer) {
    }

    static ObjectNode request(HttpEventBuilder<?> request, NameValues cookies, Gateway gateway, Wire wire) {
        List<String> allCookies = new ArrayList<>();
        gateway.headers().all().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Cookie")) {
                values.forEach(value -> allCookies.addAll(split(value)));
            }
        });
        cookies.last().forEach((name, value) -> allCookies.add(name + "=" + value));
        NameValues headers = gateway.headers().without("Cookie").lowerCaseNames();
        if (gateway.keepCookieHeader() && !allCookies.isEmpty()) {
            headers = headers.with("cookie", String.join("; ", allCookies));
        }
        Instant now = wire.now();

        ObjectNode event = Json.object();
        event.put("version", "2.0");
        event.put("routeKey", gateway.routeKey());
        event.put("rawPath", gateway.rawPath());
        event.put("rawQueryString", request.rawQuery());
        if (!allCookies.isEmpty()) {
            event.set("cookies", Json.strings(allCookies));
        }
        event.set("headers", Json.strings(headers.joined(",")));
        if (!request.query().isEmpty()) {
            event.set("queryStringParameters", Json.strings(request.query().joined(",")));
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", gateway.accountId());
        context.put("apiId", gateway.apiId());
        if (gateway.authorizer() != null) {
            context.set("authorizer", gateway.authorizer());
        }
        context.put("domainName", gateway.domainName());
        context.put("domainPrefix", gateway.domainName().substring(0, gateway.domainName().indexOf('.')));
        ObjectNode http = context.putObject("http");
        http.put("method", gateway.method());
        http.put("path", gateway.rawPath());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", request.userAgent());
        context.put("requestId", gateway.requestId());
        context.put("routeKey", gateway.routeKey());
        context.put("stage", gateway.stage());
        context.put("time", Timestamps.apiGateway(now));
        context.put("timeEpoch", now.toEpochMilli());
        if (request.body() != null) {
            event.put("body", request.body());
        }
        if (!gateway.pathParameters().isEmpty()) {
            event.set("pathParameters", Json.strings(gateway.pathParameters().last()));
        }
        event.put("isBase64Encoded", request.isBase64Encoded());
        if (!gateway.stageVariables().isEmpty()) {
            event.set("stageVariables", Json.strings(gateway.stageVariables().last()));
        }
        return event;
    }

    private static List<String> split(String cookieHeader) {
        List<String> out = new ArrayList<>();
        for (String part : cookieHeader.split(";")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
