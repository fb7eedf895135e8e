package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ids isolations and runtime clients are set by as text. */
class IsolationTest {

    @Test
    void everySpellingTheJUnitParameterAndTheCommandLineAcceptedNamesItsIsolation() {
        for (String id : new String[] {"in-process", "in_process", "IN_PROCESS", "In-Process", " in-process "}) {
            assertThat(Isolation.fromId(id)).as(id).isEqualTo(Isolation.IN_PROCESS);
        }
        for (String id : new String[] {"forked", "FORKED", "Forked", " forked "}) {
            assertThat(Isolation.fromId(id)).as(id).isEqualTo(Isolation.FORKED);
        }
        for (String id : new String[] {"remote", "REMOTE", " Remote "}) {
            assertThat(Isolation.fromId(id)).as(id).isEqualTo(Isolation.REMOTE);
        }
    }

    @Test
    void eachIsolationReadsBackFromItsOwnId() {
        for (Isolation isolation : Isolation.values()) {
            assertThat(Isolation.fromId(isolation.id())).isEqualTo(isolation);
            assertThat(Isolation.fromId(isolation.name())).isEqualTo(isolation);
        }
        assertThat(Isolation.IN_PROCESS.id()).isEqualTo("in-process");
        assertThat(Isolation.FORKED.id()).isEqualTo("forked");
        assertThat(Isolation.REMOTE.id()).isEqualTo("remote");
    }

    @Test
    void anIdThatNamesNoIsolationIsRefusedNamingTheAcceptedOnes() {
        for (String id : new String[] {"docker", "inprocess", "", "fork"}) {
            assertThatThrownBy(() -> Isolation.fromId(id))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("'" + id + "' names no isolation. Use in-process, forked or remote.")
                    .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("isolation");
        }
    }

    @Test
    void everySpellingTheSystemPropertyAcceptedNamesItsRuntimeClient() {
        assertThat(RuntimeClient.fromId("auto")).isEqualTo(RuntimeClient.AUTOMATIC);
        assertThat(RuntimeClient.fromId("Automatic")).isEqualTo(RuntimeClient.AUTOMATIC);
        assertThat(RuntimeClient.fromId(" RIC ")).isEqualTo(RuntimeClient.RIC);
        assertThat(RuntimeClient.fromId("Harness")).isEqualTo(RuntimeClient.HARNESS);
    }

    @Test
    void anIdThatNamesNoRuntimeClientIsRefusedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> RuntimeClient.fromId("native"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("'native' names no runtime client. Use ric (the AWS runtime interface"
                        + " client), harness (the harness's own client) or auto.");
    }
}
