package dev.lambdaharness.core.internal.forked.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent's options survive the one string a {@code -javaagent:jar=} option carries. */
class AgentArgumentsTest {

    @Test
    void pathsAndEntriesWithSeparatorsInThemComeBackAsTheyWere() {
        AgentArguments arguments = new AgentArguments(List.of(Path.of("/opt/a&b=c/harness core.jar"), Path.of("/m2/asm.jar")),
                List.of("db.internal", "10.0.0.0/8"), List.of("127.0.0.2"));

        String options = arguments.encode();

        assertThat(options).doesNotContain(" ").startsWith("rewriter=");
        assertThat(AgentArguments.decode(options)).isEqualTo(arguments);
    }

    @Test
    void emptyListsStayEmpty() {
        AgentArguments arguments = new AgentArguments(List.of(Path.of("/h.jar")), List.of(), List.of());

        assertThat(AgentArguments.decode(arguments.encode())).isEqualTo(arguments);
        assertThat(AgentArguments.decode(null)).isEqualTo(new AgentArguments(List.of(), List.of(), List.of()));
    }
}
