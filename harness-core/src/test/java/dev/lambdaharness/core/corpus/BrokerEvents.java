package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ActiveMQEvent;
import com.amazonaws.services.lambda.runtime.events.KafkaEvent;
import com.amazonaws.services.lambda.runtime.events.RabbitMQEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads Kafka and Amazon MQ batches through aws-lambda-java-events' typed classes and answers what
 * it read, one line per record; a record whose value or data says "throw" fails the invocation.
 */
public class BrokerEvents {

    public List<String> kafka(KafkaEvent event, Context context) {
        List<String> read = new ArrayList<>();
        event.getRecords().forEach((group, records) -> records.forEach(record -> {
            String value = decode(record.getValue());
            if (value.contains("throw")) {
                throw new IllegalStateException("told to throw by " + group + "@" + record.getOffset());
            }
            read.add(event.getEventSource() + " " + group + "@" + record.getOffset() + " " + decode(record.getKey())
                    + "=" + value + " headers " + record.getHeaders().size());
        }));
        return read;
    }

    public List<String> activeMq(ActiveMQEvent event, Context context) {
        List<String> read = new ArrayList<>();
        for (ActiveMQEvent.ActiveMQMessage message : event.getMessages()) {
            String data = decode(message.getData());
            if (data.contains("throw")) {
                throw new IllegalStateException("told to throw by " + message.getMessageID());
            }
            read.add(event.getEventSource() + " " + message.getDestination().getPhysicalName() + " " + data
                    + " redelivered " + message.getRedelivered());
        }
        return read;
    }

    public List<String> rabbitMq(RabbitMQEvent event, Context context) {
        List<String> read = new ArrayList<>();
        event.getRmqMessagesByQueue().forEach((queue, messages) -> messages.forEach(message ->
                read.add(event.getEventSource() + " " + queue + " " + decode(message.getData()) + " "
                        + message.getBasicProperties().getBodySize())));
        return read;
    }

    private static String decode(String base64) {
        return base64 == null ? null : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
