package dev.lambdaharness.core.internal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimerQueueTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void dueTasksRunInTheOrderTheyFallDueAndCancelledOnesNever() {
        TimerQueue timers = new TimerQueue(now::get, "test-clock");
        timers.at(3_000, () -> ran.add("third"));
        timers.at(2_000, () -> ran.add("second"));
        timers.at(2_000, () -> ran.add("second, scheduled later"));
        timers.at(1_500, () -> ran.add("cancelled")).cancel();

        now.set(2_500);
        timers.runDue();

        assertThat(ran).containsExactly("second", "second, scheduled later");
        assertThat(timers.nextDue()).hasValue(3_000);
        timers.close();
    }

    @Test
    void theThreadRunsWhatFallsDueAsTheClockMovesAndEndsWhenNothingIsLeft() {
        TimerQueue timers = new TimerQueue(now::get, "test-clock-thread");
        timers.at(2_000, () -> ran.add("due"));

        now.set(2_000);
        timers.clockMoved();

        await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("due"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("test-clock-thread")));
        timers.at(2_000, () -> ran.add("after the thread ended"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("after the thread ended"));
        timers.close();
    }
}
