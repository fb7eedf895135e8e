package dev.lambdaharness.core.internal.forked.agent;

import dev.lambdaharness.core.internal.network.AddressPolicy;
import java.io.File;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the test JVM tells a child's network agent, as the one string a {@code -javaagent:jar=}
 * option carries: where the rewriter and ASM are, and the function's address policy.
 *
 * <pre>{@code
 * String options = new AgentArguments(List.of(harnessJar), List.of("db.internal"), List.of()).encode();
 * AgentArguments back = AgentArguments.decode(options);
 * }</pre>
 *
 * @param rewriterClassPath the jars or directories holding the call-site rewriter and ASM
 * @param allowed           the allow-list entries
 * @param treatedAsOutside  loopback addresses treated as outside (the harness's own tests)
 */
public record AgentArguments(List<Path> rewriterClassPath, List<String> allowed, List<String> treatedAsOutside) {

    /** Copies the lists. */
    public AgentArguments {
        rewriterClassPath = List.copyOf(rewriterClassPath);
        allowed = List.copyOf(allowed);
        treatedAsOutside = List.copyOf(treatedAsOutside);
    }

    /** {@code key=value} pairs joined by {@code &}, each value URL-encoded, so no path or entry can break them. */
    public String encode() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rewriter", String.join(File.pathSeparator, rewriterClassPath.stream().map(Path::toString).toList()));
        values.put("allow", String.join(",", allowed));
        values.put("outside", String.join(",", treatedAsOutside));
        StringJoiner joined = new StringJoiner("&");
        values.forEach((key, value) -> joined.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /** The arguments {@link #encode()} wrote. */
    public static AgentArguments decode(String options) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : (options == null ? "" : options).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        List<Path> classPath = new ArrayList<>();
        for (String entry : values.getOrDefault("rewriter", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classPath.add(Path.of(entry));
            }
        }
        return new AgentArguments(classPath, AddressPolicy.split(values.get("allow")),
                AddressPolicy.split(values.get("outside")));
    }
}
