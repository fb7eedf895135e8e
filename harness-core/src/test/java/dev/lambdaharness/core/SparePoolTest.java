package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many spares a pool keeps: never more than the machine's processors, none under a debugger. */
class SparePoolTest {

    @Test
    void keepsAtMostOneSparePerProcessor() {
        assertThat(SparePool.machineBound(List.of("-Xmx512m", "-javaagent:/jacoco.jar=destfile=x"), 2)).isEqualTo(2);
        assertThat(SparePool.machineBound(List.of(), 8)).isEqualTo(8);
    }

    @Test
    void keepsNoneWhileADebuggerIsAttachedToTheTestJvm() {
        assertThat(SparePool.machineBound(List.of("-agentlib:jdwp=transport=dt_socket,server=n,address=127.0.0.1:5005"), 2))
                .isZero();
        assertThat(SparePool.machineBound(List.of("-Xdebug", "-Xrunjdwp:transport=dt_socket"), 2)).isZero();
    }

    @Test
    void aPoolWithoutSparesOrOfModeNoneKeepsNone() {
        try (SparePool none = SparePool.create(SpareEnvironments.NONE, 4); SparePool empty = SparePool.create(SpareEnvironments.BOOTED, 0)) {
            assertThat(none.maxSpares()).isZero();
            assertThat(empty.maxSpares()).isZero();
            assertThat(none.processes()).isEmpty();
        }
    }

    @Test
    void refusesANegativeBoundNamingIt() {
        assertThatThrownBy(() -> SparePool.create(SpareEnvironments.BOOTED, -1))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("maxSpares -1 is negative. Give the most spare JVMs to keep at once, for example 2, or 0 for none.");
    }
}
