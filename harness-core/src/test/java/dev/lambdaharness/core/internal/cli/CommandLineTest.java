package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import java.nio.file.Path;
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

    @Test
    void theRemoteIsolationIsRefusedSinceTheCommandLineRunsTheCodeHere() {
        assertThatThrownBy(() -> parse("--isolation", "remote"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--isolation is 'remote', but the command line runs the function's code on this machine. Set"
                        + " it to in-process or forked; a deployed function is invoked with 'aws lambda invoke'.");
    }

    @Test
    void anOptionThatTakesOneValueIsRefusedWhenGivenTwiceInsteadOfTakingTheLast() {
        assertThatThrownBy(() -> parse("--handler", "c.D"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--handler is given twice ('a.B' and 'c.D'), but it takes one value. Give it once.");
        assertThatThrownBy(() -> parse("-cp", "other/classes"))
                .hasMessage("--classpath is given twice ('target/classes' and 'other/classes'), but it takes one"
                        + " value. Give it once.");
        assertThatThrownBy(() -> parse("--memory", "256", "--memory", "512"))
                .hasMessageStartingWith("--memory is given twice ('256' and '512')");
    }

    @Test
    void aNumberBeyondAnyIntIsOutOfRangeWithTheRangeNotNotANumber() {
        assertThatThrownBy(() -> parse("--memory", "99999999999"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--memory 99999999999 is out of range: Lambda accepts 128 to 10240 MB. Give a whole number"
                        + " from 128 to 10240.");
        assertThatThrownBy(() -> parse("--timeout", "0"))
                .hasMessage("--timeout 0 is out of range: Lambda accepts 1 to 900 seconds. Give a whole number from 1"
                        + " to 900.");
        assertThatThrownBy(() -> parse("--debug-port", "-99999999999999999999"))
                .hasMessage("--debug-port -99999999999999999999 is out of range: a TCP port is 1 to 65535. Give a whole"
                        + " number from 1 to 65535.");
        assertThatThrownBy(() -> parse("--memory", "1.5e3"))
                .hasMessage("--memory needs a whole number, got '1.5e3'.");
        assertThat(parse("--memory", "10240", "--timeout", "900").memory).isEqualTo(10240);
    }

    @Test
    void theRuntimeIsLambdasIdentifierAndAnyOtherIsRefusedWithTheThree() {
        assertThat(parse().runtime).isNull(); // the configuration's default: the newest this JVM can run
        assertThat(parse("--runtime", "java21").runtime).isEqualTo(JavaRuntime.JAVA21);
        assertThatThrownBy(() -> parse("--runtime", "java8"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--runtime is 'java8', which names no Lambda Java runtime. Set it to java17, java21 or java25.");
    }

    @Test
    void layersAndEnvironmentsAreRepeatableAndTheEnvironmentFileAndNameAreNot() {
        CommandLine command = parse("--layer", "a.zip", "--layer", "b", "--env-file", "env.json",
                "--function-name", "Orders", "--env", "A=1", "--env", "B=2");

        assertThat(command.layers).containsExactly(Path.of("a.zip"), Path.of("b"));
        assertThat(command.environmentFile).isEqualTo(Path.of("env.json"));
        assertThat(command.functionName).isEqualTo("Orders");
        assertThat(command.environment).containsOnlyKeys("A", "B");
        assertThatThrownBy(() -> parse("--env-file", "a.json", "--env-file", "b.json"))
                .hasMessageStartingWith("--env-file is given twice");
    }
}
