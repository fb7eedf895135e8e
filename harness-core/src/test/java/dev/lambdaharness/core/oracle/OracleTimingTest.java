package dev.lambdaharness.core.oracle;

import static dev.lambdaharness.core.oracle.OracleFixtures.MAX_WAIT;
import static dev.lambdaharness.core.oracle.OracleFixtures.PROBE;
import static dev.lambdaharness.core.oracle.OracleFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, without judging: the RIC's own cold start (child start to its first {@code next}) and a
 * warm round trip through it. The numbers go to the test's output; budgets are JMH's business.
 */
class OracleTimingTest {

    @Test
    void measuresColdStartAndWarmRoundTrip(@TempDir Path directory) {
        Path taskRoot = OracleFixtures.taskRoot(directory);
        List<Long> coldMillis = new ArrayList<>();
        List<Long> warmMicros = new ArrayList<>();
        for (int start = 0; start < 3; start++) {
            try (RicOracle oracle = RicOracle.start(OracleSpec.of(PROBE + "HelloHandler", taskRoot))) {
                assertThat(oracle.invoke(request(oracle, "\"cold\""), MAX_WAIT).bodyText()).isEqualTo("\"hello cold #1\"");
                coldMillis.add(oracle.timeToFirstNext().orElseThrow().toMillis());
                if (start == 2) {
                    for (int i = 0; i < 500; i++) {
                        ChildRequest request = request(oracle, "\"warm\"");
                        long begin = System.nanoTime();
                        ChildInvocation result = oracle.invoke(request, MAX_WAIT);
                        warmMicros.add((System.nanoTime() - begin) / 1000);
                        assertThat(result.bodyText()).isEqualTo("\"hello warm #" + (i + 2) + "\"");
                    }
                }
            }
        }
        Collections.sort(warmMicros);
        System.out.printf("oracle cold start (child start to first next), ms: %s%n", coldMillis);
        System.out.printf("oracle warm round trip over %d invocations, us: p50 %d, p90 %d, p99 %d, max %d%n", warmMicros.size(),
                warmMicros.get(warmMicros.size() / 2), warmMicros.get(warmMicros.size() * 9 / 10),
                warmMicros.get(warmMicros.size() * 99 / 100), warmMicros.get(warmMicros.size() - 1));
        assertThat(Duration.ofMillis(coldMillis.get(0))).isPositive();
    }
}
