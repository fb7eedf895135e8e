package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConcurrencyConfigTest {

    @Test
    void defaultReservesAndProvisionsNothing() {
        FunctionConfig config = FunctionConfig.builder("a.B").build();

        assertThat(config.concurrency()).isEqualTo(ConcurrencyConfig.DEFAULT);
        assertThat(config.reservedConcurrency()).isEmpty();
        assertThat(config.provisionedConcurrency()).isEmpty();
        assertThat(config.changesSynchronousResults()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1000})
    void reservedLimitsThemselvesAreAccepted(int reserved) {
        assertThat(FunctionConfig.builder("a.B").concurrency(ConcurrencyConfig.DEFAULT.withReserved(reserved)).build()
                .reservedConcurrency()).hasValue(reserved);
    }

    @Test
    void reservedAboveLambdasLimitIsRefusedWithLambdasMessage() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").reservedConcurrency(1001).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("reservedConcurrentExecutions 1001 is out of range: Lambda accepts 0 to 1000 executions"
                        + " (ValidationException: 1 validation error detected: Value '1001' at"
                        + " 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value less"
                        + " than or equal to 1000). Set reservedConcurrentExecutions between 0 and 1000.");
    }

    @Test
    void provisionedBelowOneIsRefusedWithLambdasMessage() {
        ConcurrencyConfig none = new ConcurrencyConfig(OptionalInt.empty(), OptionalInt.of(0));

        assertThatThrownBy(() -> FunctionConfig.builder("a.B").concurrency(none).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("provisionedConcurrentExecutions 0 is out of range: Lambda accepts 1 to 1000 executions"
                        + " (ValidationException: 1 validation error detected: Value '0' at"
                        + " 'provisionedConcurrentExecutions' failed to satisfy constraint: Member must have value"
                        + " greater than or equal to 1). Set provisionedConcurrentExecutions between 1 and 1000.");
    }

    @Test
    void bothAreEmulatedAndNeitherIsWarnedAbout() {
        FunctionConfig reserved = FunctionConfig.builder("a.B").reservedConcurrency(5).build();
        FunctionConfig throttled = FunctionConfig.builder("a.B").reservedConcurrency(0).build();
        FunctionConfig provisioned = FunctionConfig.builder("a.B").provisionedConcurrency(2).build();

        assertThat(reserved.settingsNotEmulated()).isEmpty();
        assertThat(reserved.changesSynchronousResults()).isFalse();
        assertThat(throttled.settingsNotEmulated()).isEmpty();
        assertThat(throttled.changesSynchronousResults()).isFalse();
        assertThat(provisioned.changesSynchronousResults()).isFalse();
        assertThat(provisioned.settingsNotEmulated()).isEmpty();
    }

    @Test
    void provisionedAboveReservedIsRefusedWhenTheConfigurationIsBuilt() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").functionName("orders").reservedConcurrency(2)
                .provisionedConcurrency(3).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("provisionedConcurrentExecutions 3 brings function orders's provisioned concurrency to 3, above its"
                        + " reserved concurrency of 2 (InvalidParameterValueException: Requested Provisioned Concurrency should"
                        + " not be greater than the reservedConcurrentExecution for function). Provision at most 2, or"
                        + " reserve more.");
        assertThat(ConcurrencyConfig.DEFAULT.withReserved(2).withProvisioned(1).withoutProvisioned())
                .isEqualTo(ConcurrencyConfig.DEFAULT.withReserved(2));
    }

    @Test
    void withersKeepTheOtherMember() {
        ConcurrencyConfig both = ConcurrencyConfig.DEFAULT.withReserved(10).withProvisioned(4);

        assertThat(both).isEqualTo(new ConcurrencyConfig(OptionalInt.of(10), OptionalInt.of(4)));
        assertThatThrownBy(() -> new ConcurrencyConfig(null, OptionalInt.empty())).hasMessage("reserved");
    }
}
