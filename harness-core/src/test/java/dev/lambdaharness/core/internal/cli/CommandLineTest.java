package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.Isolation;
import org.junit.jupiter.api.Test;

/** How the command line reads its options, without running anything. */
class CommandLineTest {

    private static CommandLine parse(String... options) {
        String[] args = new String[options.length + 7];
        String[] required = {"invoke", "--handler", "a.B", "--classpath", "target/classes", "--event", "-"};
        System.arraycopy(required, 0, args, 0, required.length);
        System.arraycopy(options, 0, args, required.length, options.length);
        return CommandLine.parse(args);
    }

    @Test
    void functionsRunInProcessUnlessAskedOtherwise() {
        assertThat(parse().isolation).isEqualTo(Isolation.IN_PROCESS);
    }

    @Test
    void theIsolationIsReadInTheSpellingsOfBeforeAndThoseTheJUnitParameterAccepts() {
        assertThat(parse("--isolation", "in-process").isolation).isEqualTo(Isolation.IN_PROCESS);
        assertThat(parse("--isolation", "forked").isolation).isEqualTo(Isolation.FORKED);
        assertThat(parse("--isolation", "IN_PROCESS").isolation).isEqualTo(Isolation.IN_PROCESS);
        assertThat(parse("--isolation", "in_process").isolation).isEqualTo(Isolation.IN_PROCESS);
        assertThat(parse("--isolation", "FORKED").isolation).isEqualTo(Isolation.FORKED);
    }

    @Test
    void anIsolationThatNamesNoneIsRefusedWithTheMessageTheJUnitParameterGives() {
        assertThatThrownBy(() -> parse("--isolation", "docker"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--isolation is 'docker', which names no isolation. Set it to in-process or forked.");
    }
}
