package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.internal.child.JavaHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which client a child runs, for JDKs of the OS and CPU their {@code release} file names. */
class RuntimeClientsTest {

    private static JavaHome jdk(String os, String arch) {
        return new JavaHome(Path.of("/jdk"), 21, os, arch, false);
    }

    @Test
    void automaticRunsTheRicWhereItsNativeClientExistsAndTheHarnessClientElsewhere() {
        assertThat(RuntimeClients.resolve(RuntimeClient.AUTOMATIC, jdk("Linux", "x86_64"))).isEqualTo(RuntimeClient.RIC);
        assertThat(RuntimeClients.resolve(RuntimeClient.AUTOMATIC, jdk("Linux", "aarch64"))).isEqualTo(RuntimeClient.RIC);
        assertThat(RuntimeClients.resolve(RuntimeClient.AUTOMATIC, jdk("Mac OS X", "aarch64"))).isEqualTo(RuntimeClient.HARNESS);
        assertThat(RuntimeClients.resolve(RuntimeClient.AUTOMATIC, jdk("Linux", "riscv64"))).isEqualTo(RuntimeClient.HARNESS);
        assertThat(RuntimeClients.resolve(RuntimeClient.HARNESS, jdk("Linux", "x86_64"))).isEqualTo(RuntimeClient.HARNESS);
    }

    @Test
    void refusesTheRicWhereItCannotRunNamingTheJdkAndTheWayOut() {
        assertThatThrownBy(() -> RuntimeClients.resolve(RuntimeClient.RIC, jdk("Mac OS X", "aarch64")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("Linux on x86_64 and aarch64 only")
                .hasMessageContaining("/jdk is a Mac OS X aarch64 JDK")
                .hasMessageContaining("RuntimeClient.AUTOMATIC or HARNESS");
    }

    @Test
    void readsTheDefaultFromTheSystemPropertyAndRefusesAnUnknownName() {
        String before = System.getProperty(RuntimeClient.PROPERTY);
        try {
            System.setProperty(RuntimeClient.PROPERTY, "Harness");
            assertThat(RuntimeClient.fromSystemProperty()).isEqualTo(RuntimeClient.HARNESS);
            System.setProperty(RuntimeClient.PROPERTY, "ric");
            assertThat(RuntimeClient.fromSystemProperty()).isEqualTo(RuntimeClient.RIC);
            System.clearProperty(RuntimeClient.PROPERTY);
            assertThat(RuntimeClient.fromSystemProperty()).isEqualTo(RuntimeClient.AUTOMATIC);
            System.setProperty(RuntimeClient.PROPERTY, "native");
            assertThatThrownBy(RuntimeClient::fromSystemProperty).isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("-Dlambdaharness.forked.client=native names no runtime client. Use ric (the AWS runtime"
                            + " interface client), harness (the harness's own client) or auto.");
        } finally {
            if (before == null) {
                System.clearProperty(RuntimeClient.PROPERTY);
            } else {
                System.setProperty(RuntimeClient.PROPERTY, before);
            }
        }
    }
}
