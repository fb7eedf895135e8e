package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.HttpApiConfig;
import dev.lambdaharness.core.RestApiConfig;
import dev.lambdaharness.core.template.HttpRoute;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lambda-harness start-api}: serves functions behind local API Gateway APIs, like {@code sam
 * local start-api} without Docker. A template's {@code HttpApi} events make one HTTP API and its
 * {@code Api} events one REST API (stage {@code prod}, served under {@code /prod/}); without a
 * template the function is an HTTP API's {@code $default} route. The first line on stdout is the
 * base URL, then one line per route; logs go to stderr. It stops when standard input ends or on
 * Ctrl-C, closing the runtime and its ports.
 *
 * <pre>{@code
 * lambda-harness start-api --template template.yaml
 * # http://127.0.0.1:40123/
 * # GET http://127.0.0.1:40123/orders/{id} OrdersFunction
 * curl http://127.0.0.1:40123/orders/7
 * }</pre>
 */
final class StartApi {

    /** The stage a template's REST API is served on. */
    static final String REST_STAGE = "prod";

    private StartApi() {
    }

    static int serve(CommandLine command, InputStream stdin, PrintStream out, PrintStream err) {
        return Serving.serve(command, stdin, out, err, "start-api", builder -> builder, (runtime, functions) -> {
            HttpApiConfig.Builder http = HttpApiConfig.builder();
            RestApiConfig.Builder rest = RestApiConfig.builder();
            List<String[]> httpRoutes = new ArrayList<>();
            List<String[]> restRoutes = new ArrayList<>();
            for (Serving.Deployed deployed : functions) {
                String name = deployed.function().config().functionName();
                if (command.template == null) {
                    http.route("$default", deployed.function());
                    httpRoutes.add(new String[] {"$default", name});
                }
                for (HttpRoute route : deployed.deployment().routes()) {
                    String key = route.path().equals("$default") ? "$default" : route.method() + " " + route.path();
                    if (route.type().equals("Api")) {
                        rest.route(key, deployed.function());
                        restRoutes.add(new String[] {key, name});
                    } else {
                        http.route(key, deployed.function(), route.payloadFormatVersion());
                        httpRoutes.add(new String[] {key, name});
                    }
                }
            }
            if (httpRoutes.isEmpty() && restRoutes.isEmpty()) {
                throw new Main.UsageProblem(command.template + " declares no Api or HttpApi event for "
                        + (command.function != null ? command.function : "any function") + ". Give the function an event"
                        + " of Type HttpApi or Api, or serve it with start-lambda.");
            }
            List<String> lines = new ArrayList<>();
            URI httpBase = httpRoutes.isEmpty() ? null : runtime.httpApi(http.build());
            URI restBase = restRoutes.isEmpty() ? null : runtime.restApi(rest.build()).resolve(REST_STAGE + "/");
            lines.add((httpBase != null ? httpBase : restBase).toString());
            httpRoutes.forEach(route -> lines.add(line(httpBase, route)));
            restRoutes.forEach(route -> lines.add(line(restBase, route)));
            return new Serving.Announcement(lines, "lambda-harness: serving " + (httpRoutes.size() + restRoutes.size())
                    + " route(s)" + (httpBase != null ? ", HTTP API at " + httpBase : "")
                    + (restBase != null ? ", REST API at " + restBase : "") + ".");
        });
    }

    /** {@code GET http://127.0.0.1:<port>/orders/{id} OrdersFunction}; {@code $default} as {@code ANY <base>*}. */
    private static String line(URI base, String[] route) {
        if (route[0].equals("$default")) {
            return "ANY " + base + "* " + route[1];
        }
        String[] key = route[0].split(" ", 2);
        return key[0] + " " + base + key[1].substring(1) + " " + route[1];
    }
}
