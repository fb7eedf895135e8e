package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.MqQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MqQueueAssert_isDrained_Test {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void should_pass_on_a_queue_that_holds_nothing_and_dead_lettered_nothing() {
        // GIVEN
        MqQueue queue = runtime.activeMqQueue("orders-broker", "orders.inventory");
        // WHEN/THEN
        assertThat(queue).isDrained().hasDeadLettered();
    }

    @Test
    void should_fail_listing_the_messages_left_and_the_dead_letter_queue() {
        // GIVEN
        MqQueue queue = runtime.rabbitMqQueue("orders-rabbit", "notifications");
        String id = queue.send("left behind");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(queue).isDrained())
                .withMessage(format("%nExpecting MQ queue notifications to be drained but it holds 1 message:%n  " + id
                        + " left behind (delivered 0 times)"));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(queue).hasDeadLettered("poison"))
                .withMessage(format("%nExpecting MQ queue notifications to have dead-lettered exactly:%n  [\"poison\"]%n"
                        + "but its dead-letter queue notifications.dlq holds:%n  (no message)"));
    }
}
