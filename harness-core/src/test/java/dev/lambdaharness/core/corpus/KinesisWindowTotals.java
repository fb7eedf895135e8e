package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates a Kinesis tumbling window through aws-lambda-java-events' own classes: its state
 * counts the records and logs each invocation ("start|records|final|early" joined by ";"), with the
 * shard and stream it saw. Data "nostate" answers without a state, "fail" reports the record as a
 * batch item failure, "big" grows the state past 1 MB.
 */
public class KinesisWindowTotals implements RequestHandler<KinesisTimeWindowEvent, TimeWindowEventResponse> {
    @Override
    public TimeWindowEventResponse handleRequest(KinesisTimeWindowEvent event, Context context) {
        Map<String, String> state = new HashMap<>(event.getState() == null ? Map.of() : event.getState());
        List<TimeWindowEventResponse.BatchItemFailure> failures = new ArrayList<>();
        boolean withoutState = false;
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            String data = StandardCharsets.UTF_8.decode(record.getKinesis().getData()).toString();
            withoutState |= data.equals("nostate");
            if (data.equals("big")) {
                state.put("big", "x".repeat(1_100_000));
            }
            if (data.contains("fail")) {
                failures.add(new TimeWindowEventResponse.BatchItemFailure(record.getKinesis().getSequenceNumber()));
            }
        }
        int count = Integer.parseInt(state.getOrDefault("count", "0")) + event.getRecords().size();
        state.put("count", Integer.toString(count));
        String entry = event.getWindow().getStart() + "|" + event.getRecords().size() + "|"
                + event.getIsFinalInvokeForWindow() + "|" + event.getIsWindowTerminatedEarly();
        state.put("log", state.containsKey("log") ? state.get("log") + ";" + entry : entry);
        state.put("end", event.getWindow().getEnd());
        state.put("shardId", event.getShardId());
        state.put("eventSourceARN", event.getEventSourceArn());
        if (withoutState) {
            return new TimeWindowEventResponse(null, failures);
        }
        return new TimeWindowEventResponse(state, failures);
    }
}
