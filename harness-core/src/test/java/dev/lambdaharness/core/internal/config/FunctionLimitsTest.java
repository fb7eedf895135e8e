package dev.lambdaharness.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunctionLimitsTest {

    @Test
    void aRangeAcceptsItsEndsAndRefusesOneBeyondEither() {
        IntRange range = new IntRange("size", 2, 4, "units");

        assertThatNoException().isThrownBy(() -> {
            range.check(2);
            range.check(4);
        });
        assertThatThrownBy(() -> range.check(1)).hasMessage("size 1 is out of range: Lambda accepts 2 to 4 units"
                + " (ValidationException: 1 validation error detected: Value '1' at 'size' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 2). Set size between 2 and 4.");
        assertThatThrownBy(() -> range.check(5)).hasMessageContaining("Member must have value less than or equal to 4");
    }

    @Test
    void unsetTextAndArnsPass() {
        assertThatNoException().isThrownBy(() -> {
            FunctionLimits.ALIAS.check(null);
            FunctionLimits.DEAD_LETTER_TARGET.check(Optional.empty());
        });
    }

    @Test
    void thePublicConstantsAreTheLimits() {
        assertThat(FunctionConfig.MIN_MEMORY_MB).isEqualTo(FunctionLimits.MEMORY_SIZE.min());
        assertThat(FunctionConfig.MAX_MEMORY_MB).isEqualTo(FunctionLimits.MEMORY_SIZE.max());
        assertThat(FunctionConfig.MAX_TIMEOUT_SECONDS).isEqualTo(FunctionLimits.TIMEOUT.max());
        assertThat(FunctionConfig.RESERVED_ENVIRONMENT_VARIABLES).contains("AWS_REGION", "_HANDLER");
    }

    @Test
    void wholeSecondsRefusesAFraction() {
        assertThat(FunctionLimits.wholeSeconds(Duration.ofMinutes(2))).isEqualTo(120);
        assertThatThrownBy(() -> FunctionLimits.wholeSeconds(Duration.ofMillis(10)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("timeout PT0.01S is not a whole number of seconds");
    }

    @Test
    void theEnvironmentLimitCountsUtf8BytesOfTheJson() {
        // {"K1":"…"} is 9 bytes of JSON around the value; é takes two bytes.
        String value = "é".repeat((4096 - 9) / 2);

        assertThatNoException().isThrownBy(() -> FunctionLimits.environment(Map.of("K1", value)));
        assertThatThrownBy(() -> FunctionLimits.environment(Map.of("K1", value + "é")))
                .hasMessageStartingWith("environment variables take 4097 bytes");
    }
}
