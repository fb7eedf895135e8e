package dev.lambdaharness.core.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReflectionFramesTest {

    @Test
    void collapsesEachRunOfAccessorFramesWhateverTheJdkUsed() {
        List<String> native17 = List.of("a.B.c(B.java:1)",
                "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
                "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
                "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                "java.base/java.lang.reflect.Method.invoke(Method.java:569)");
        List<String> inflated = List.of("a.B.c(B.java:1)", "jdk.internal.reflect.GeneratedMethodAccessor12.invoke(Unknown Source)",
                "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                "java.base/java.lang.reflect.Method.invoke(Method.java:569)");
        List<String> jdk21 = List.of("a.B.c(B.java:1)",
                "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                "java.base/java.lang.reflect.Method.invoke(Method.java:580)");

        assertThat(ReflectionFrames.normaliseFrames(native17)).containsExactly("a.B.c(B.java:1)", ReflectionFrames.MARKER,
                "java.base/java.lang.reflect.Method.invoke(Method.java:569)");
        assertThat(ReflectionFrames.normaliseFrames(inflated)).isEqualTo(ReflectionFrames.normaliseFrames(native17));
        assertThat(ReflectionFrames.normaliseFrames(jdk21).get(1)).isEqualTo(ReflectionFrames.MARKER);
    }

    @Test
    void leavesOtherFramesAlone() {
        List<String> frames = List.of("jdk.internal.reflect.Reflection.newIllegalAccessException(Reflection.java:392)", "x.Y.z(Y.java:3)");

        assertThat(ReflectionFrames.normaliseFrames(frames)).isEqualTo(frames);
    }

    @Test
    void collapsesPrintedTracesLineByLine() {
        String printed = "java.io.IOException: m\n\tat a.B.c(B.java:1)\n"
                + "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
                + "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)\n"
                + "\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)\n";

        assertThat(ReflectionFrames.normalisePrinted(printed)).isEqualTo("java.io.IOException: m\n\tat a.B.c(B.java:1)\n\tat "
                + ReflectionFrames.MARKER + "\n\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)\n");
    }
}
