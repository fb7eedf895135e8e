package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** Turns an order into the SQS message it would send, traced by X-Ray's SDK v2 interceptor. */
public class RecordOrder implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ClientOverrideConfiguration TRACED = ClientOverrideConfiguration.builder()
            .addExecutionInterceptor(new TracingInterceptor())
            .build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode order = MAPPER.readTree(input);
        String sku = order.path("sku").asText();
        if (sku.isEmpty()) {
            throw new IllegalArgumentException("order without sku");
        }
        SendMessageRequest message = SendMessageRequest.builder()
                .queueUrl(System.getenv("ORDERS_QUEUE"))
                .messageBody(MAPPER.writeValueAsString(order))
                .overrideConfiguration(o -> o.putHeader("x-order", sku))
                .build();
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("queue", message.queueUrl());
        answer.put("body", message.messageBody());
        answer.put("interceptors", TRACED.executionInterceptors().size());
        context.getLogger().log("recorded " + sku);
        MAPPER.writeValue(output, answer);
    }
}
