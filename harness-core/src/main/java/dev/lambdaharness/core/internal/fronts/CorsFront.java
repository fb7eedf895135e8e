package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.CorsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A front with CORS configured, as HTTP APIs and Function URLs apply it: a preflight request
 * ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is answered by the
 * front with 204 and never reaches the function; other responses lose the CORS headers the
 * function set ("API Gateway ignores CORS headers returned from your backend integration") and,
 * when the request's origin is allowed, get the configured ones.
 *
 * <pre>{@code
 * Front withCors = new CorsFront(new FunctionUrlFront(function), cors);
 * }</pre>
 */
public final class CorsFront implements Front {

    private final Front inner;
    private final CorsConfig cors;

    public CorsFront(Front inner, CorsConfig cors) {
        this.inner = inner;
        this.cors = cors;
    }

    @Override
    public FrontResponse tooLarge() {
        return inner.tooLarge();
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        String origin = request.header("Origin");
        if (request.method().equals("OPTIONS") && origin != null && request.header("Access-Control-Request-Method") != null) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            if (allows(origin) && allowsMethod(request.header("Access-Control-Request-Method"))) {
                headers.add(Map.entry("Access-Control-Allow-Origin", allowedOrigin(origin)));
                headers.add(Map.entry("Access-Control-Allow-Methods", String.join(",", cors.allowMethods())));
                if (!cors.allowHeaders().isEmpty()) {
                    headers.add(Map.entry("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders())));
                }
                cors.maxAge().ifPresent(age -> headers.add(Map.entry("Access-Control-Max-Age", Integer.toString(age))));
                credentials(headers);
            }
            return new FrontResponse(204, List.copyOf(headers), new byte[0]);
        }
        FrontResponse response = inner.serve(request);
        List<Map.Entry<String, String>> headers = new ArrayList<>(response.headers().stream()
                .filter(h -> !h.getKey().toLowerCase(Locale.ROOT).startsWith("access-control-")).toList());
        if (origin != null && allows(origin)) {
            headers.add(Map.entry("Access-Control-Allow-Origin", allowedOrigin(origin)));
            if (!cors.exposeHeaders().isEmpty()) {
                headers.add(Map.entry("Access-Control-Expose-Headers", String.join(",", cors.exposeHeaders())));
            }
            credentials(headers);
        }
        return new FrontResponse(response.status(), List.copyOf(headers), response.body());
    }

    private boolean allows(String origin) {
        return cors.allowOrigins().contains("*") || cors.allowOrigins().stream().anyMatch(origin::equalsIgnoreCase);
    }

    private boolean allowsMethod(String method) {
        return cors.allowMethods().contains("*") || cors.allowMethods().stream().anyMatch(method::equalsIgnoreCase);
    }

    /** {@code *} when any origin is allowed (and no credentials); otherwise the request's own origin. */
    private String allowedOrigin(String origin) {
        return cors.allowOrigins().contains("*") ? "*" : origin;
    }

    private void credentials(List<Map.Entry<String, String>> headers) {
        if (cors.allowCredentials()) {
            headers.add(Map.entry("Access-Control-Allow-Credentials", "true"));
        }
    }
}
