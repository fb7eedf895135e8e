package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.core.SqsQueueConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqsQueueAssert_isDrained_Test {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void should_pass_on_a_queue_that_holds_nothing_and_check_its_bodies_and_its_redrive() {
        // GIVEN
        SqsQueue queue = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
        // WHEN/THEN
        assertThat(queue).isDrained().holdsBodies().hasMovedToDeadLetterQueue(0);
        queue.send("one");
        queue.send("two");
        assertThat(queue).holdsBodies("one", "two");
    }

    @Test
    void should_fail_listing_the_messages_left_with_their_receive_counts() {
        // GIVEN
        SqsQueue queue = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
        String id = queue.send("left behind");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(queue).isDrained())
                .withMessage(format("%nExpecting queue orders to be drained but it holds 1 message:%n  " + id
                        + " left behind (received 0 times)"));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(queue).holdsBodies("other"))
                .withMessage(format("%nExpecting queue orders to hold exactly the bodies:%n  [\"other\"]%nbut it holds:%n  "
                        + id + " left behind (received 0 times)"));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(queue).hasMovedToDeadLetterQueue(1))
                .withMessage(format("%nExpecting queue orders to have moved 1 message to its dead-letter queue but it moved 0."));
    }
}
