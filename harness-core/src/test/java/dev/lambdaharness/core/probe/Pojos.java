package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Class::method handlers with POJO signatures. */
public class Pojos {
    public static String shout(String input) {
        return input.toUpperCase(java.util.Locale.ROOT);
    }

    public String greet(Person person) {
        return "hi " + person.getName() + " " + person.getAge();
    }

    public String record(PersonRecord person) {
        return "hi " + person.name() + " " + person.age();
    }

    public Map<String, Object> echoMap(Map<String, Object> input) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.put("types", input.values().stream().map(v -> v == null ? "null" : v.getClass().getSimpleName()).toList());
        return copy;
    }

    public Dates dates() {
        return new Dates();
    }

    public byte[] bytes() {
        return "hi".getBytes(StandardCharsets.UTF_8);
    }

    public Map<String, Object> nullValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", null);
        map.put("b", 1);
        return map;
    }

    public void nothing(String input) {
        // returns nothing: the response is null
    }

    public Void boxedNothing(Context context) {
        return null;
    }

    public String returnsNull() {
        return null;
    }

    public String checked() throws IOException {
        throw new IOException("disk on fire");
    }

    public String requestId(Context context) {
        return context.getAwsRequestId();
    }
}
