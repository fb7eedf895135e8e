package dev.lambdaharness.junit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What test cases saw, for the tests that ran them to check: one line per invocation of the
 * {@code Counter} handler, {@code label: <invocation> <cold|warm> <log stream>}.
 */
public final class Observed {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private Observed() {
    }

    public static void clear() {
        LINES.clear();
    }

    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    public static void note(String line) {
        LINES.add(line);
    }

    /** Invokes a Counter function and notes what it answered. */
    public static InvocationResult invoke(String label, LambdaFunction counter) {
        InvocationResult result = counter.invoke("{}");
        JsonNode answer = result.payloadAsJson();
        LINES.add(label + ": " + answer.get("invocation").asInt() + " " + (result.report().coldStart() ? "cold" : "warm")
                + " " + answer.get("stream").asText());
        return result;
    }

    /** The log stream of a noted line: which environment served it. */
    public static String stream(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    /** The line without its stream: {@code label: 2 warm}. */
    public static String withoutStream(String line) {
        return line.substring(0, line.lastIndexOf(' '));
    }
}
