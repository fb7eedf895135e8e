package dev.lambdaharness.core.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the instruction in each Amazon MQ message's data, ActiveMQ's or RabbitMQ's: "throw" fails
 * the whole invocation; anything else succeeds. It answers each message's data and redelivered flag.
 */
public class MqInstructions {
    @SuppressWarnings("unchecked")
    public Map<String, Object> handle(Map<String, Object> event) {
        List<Map<String, Object>> messages = new ArrayList<>();
        if (event.containsKey("messages")) {
            messages.addAll((List<Map<String, Object>>) event.get("messages"));
        } else {
            ((Map<String, List<Map<String, Object>>>) event.get("rmqMessagesByQueue")).values().forEach(messages::addAll);
        }
        List<Map<String, Object>> seen = new ArrayList<>();
        for (Map<String, Object> message : messages) {
            String data = new String(Base64.getDecoder().decode((String) message.get("data")), StandardCharsets.UTF_8);
            if (data.contains("throw")) {
                throw new IllegalStateException("told to throw by " + data);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("data", data);
            one.put("redelivered", message.get("redelivered"));
            seen.add(one);
        }
        return Map.of("messages", seen, "eventSource", event.get("eventSource"));
    }
}
