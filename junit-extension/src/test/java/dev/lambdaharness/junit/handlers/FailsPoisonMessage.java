package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** An ActiveMQ consumer read as plain maps: fails the whole batch when a message's data is "poison". */
public class FailsPoisonMessage implements RequestHandler<Map<String, Object>, String> {

    @Override
    @SuppressWarnings("unchecked")
    public String handleRequest(Map<String, Object> event, Context context) {
        for (Map<String, Object> message : (List<Map<String, Object>>) event.get("messages")) {
            String data = new String(Base64.getDecoder().decode((String) message.get("data")), StandardCharsets.UTF_8);
            if (data.equals("poison")) {
                throw new IllegalStateException("poison " + message.get("messageID"));
            }
        }
        return "ok";
    }
}
