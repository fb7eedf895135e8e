package dev.lambdaharness.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How an execution environment is isolated from the test JVM and from other environments.
 *
 * <p>Where an isolation is set as text (the JUnit configuration parameter
 * {@code lambdaharness.isolation}, the command line's {@code --isolation}), {@link #fromId(String)}
 * reads it: {@code in-process}, {@code forked} or {@code remote}, in any case, with {@code _} or {@code -}.
 *
 * <pre>{@code
 * LambdaFunction function = runtime.function(config, code, Isolation.IN_PROCESS);
 * Isolation chosen = Isolation.fromId("forked");
 * }</pre>
 */
public enum Isolation {
    /**
     * Fast: a class loader of its own per environment inside the test JVM, with the function's
     * environment variables, output and exit rewritten to belong to that environment. See
     * {@code docs/fidelity.md} for what it cannot isolate.
     */
    IN_PROCESS("in-process"),
    /**
     * Faithful: a child JVM per environment running the real AWS runtime interface client, or where
     * its native client does not exist (or when asked, {@link RuntimeClient}) the harness's own
     * runtime client; see {@code docs/forked.md}.
     */
    FORKED("forked"),
    /**
     * Not run here: the function is the one deployed on AWS Lambda (or behind another Invoke API), invoked
     * through the AWS SDK's {@code LambdaClient} from lambda-harness-remote, with logs and report read from
     * the log tail Lambda returns; where and which is {@link RemoteConfig}'s. See {@code docs/remote.md}.
     */
    REMOTE("remote");

    private final String id;

    Isolation(String id) {
        this.id = id;
    }

    /** How the isolation is spelled as text, for example {@code in-process}. */
    public String id() {
        return id;
    }

    /**
     * The isolation an id names: {@code in-process}, {@code forked} or {@code remote}, ignoring case, surrounding
     * spaces and whether words are joined by {@code -} or {@code _} (so {@code IN_PROCESS} works too).
     *
     * @throws InvalidConfigurationException when the id names no isolation
     */
    public static Isolation fromId(String id) {
        String normal = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Isolation isolation : values()) {
            if (isolation.id.equals(normal)) {
                return isolation;
            }
        }
        List<String> ids = Arrays.stream(values()).map(Isolation::id).toList();
        throw new InvalidConfigurationException("isolation", id, null, "'" + id + "' names no isolation. Use "
                + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1) + ".");
    }
}
