package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import java.util.Locale;

/** The parts of a Lambda@Edge event that have CloudFront's own shapes: origins and headers. */
final class LambdaEdgeParts {

    private LambdaEdgeParts() {
    }

    /** @return the {@code origin} of an origin event: an S3 bucket or a custom HTTPS origin */
    static ObjectNode origin(boolean s3Origin, String domain, String region) {
        ObjectNode origin = Json.object();
        if (s3Origin) {
            ObjectNode s3 = origin.putObject("s3");
            s3.put("authMethod", "origin-access-identity");
            s3.putObject("customHeaders");
            s3.put("domainName", domain);
            s3.put("path", "");
            s3.put("region", region);
        } else {
            ObjectNode custom = origin.putObject("custom");
            custom.putObject("customHeaders");
            custom.put("domainName", domain);
            custom.put("keepaliveTimeout", 5);
            custom.put("path", "");
            custom.put("port", 443);
            custom.put("protocol", "https");
            custom.put("readTimeout", 30);
            custom.putArray("sslProtocols").add("TLSv1.2");
        }
        return origin;
    }

    /** CloudFront keys headers by lower-case name; each entry keeps the name as sent. */
    static ObjectNode headers(NameValues values) {
        ObjectNode out = Json.object();
        values.all().forEach((name, all) -> {
            String key = name.toLowerCase(Locale.ROOT);
            ArrayNode entries = out.has(key) ? (ArrayNode) out.get(key) : out.putArray(key);
            all.forEach(value -> entries.addObject().put("key", name).put("value", value));
        });
        return out;
    }
}
