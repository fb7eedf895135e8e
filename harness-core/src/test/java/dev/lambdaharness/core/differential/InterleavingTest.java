package dev.lambdaharness.core.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavingTest {

    private static final List<List<String>> SOURCES = List.of(List.of("r1", "r2"), List.of("o1", "o2"), List.of("e1"));

    @Test
    void acceptsEveryOrderThatKeepsEachSourcesOwnOrder() {
        assertThat(Interleaving.isInterleavingOf(List.of("r1", "r2", "o1", "o2", "e1"), SOURCES)).isTrue();
        assertThat(Interleaving.isInterleavingOf(List.of("e1", "o1", "r1", "o2", "r2"), SOURCES)).isTrue();
    }

    @Test
    void refusesReorderedMissingAndExtraLines() {
        assertThat(Interleaving.isInterleavingOf(List.of("r2", "r1", "o1", "o2", "e1"), SOURCES)).isFalse();
        assertThat(Interleaving.isInterleavingOf(List.of("r1", "r2", "o1", "e1"), SOURCES)).isFalse();
        assertThat(Interleaving.isInterleavingOf(List.of("r1", "r2", "o1", "o2", "e1", "e1"), SOURCES)).isFalse();
    }

    @Test
    void backtracksWhenTwoSourcesHoldTheSameLine() {
        List<List<String>> twins = List.of(List.of("same", "a"), List.of("same", "b"));

        assertThat(Interleaving.isInterleavingOf(List.of("same", "b", "same", "a"), twins)).isTrue();
    }
}
