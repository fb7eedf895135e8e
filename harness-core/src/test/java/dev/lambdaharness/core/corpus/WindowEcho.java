package dev.lambdaharness.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a windowed stream event with its state (the records counted so far under "count") and,
 * beside it, the event's members other than {@code Records}, in the order they came.
 */
public class WindowEcho {
    @SuppressWarnings("unchecked")
    public Map<String, Object> handle(Map<String, Object> event) {
        Map<String, Object> state = new LinkedHashMap<>((Map<String, Object>) event.get("state"));
        int count = Integer.parseInt(String.valueOf(state.getOrDefault("count", "0")))
                + ((List<Object>) event.get("Records")).size();
        state.put("count", Integer.toString(count));
        Map<String, Object> members = new LinkedHashMap<>(event);
        members.remove("Records");
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("state", state);
        response.put("keys", new ArrayList<>(event.keySet()));
        response.put("event", members);
        return response;
    }
}
