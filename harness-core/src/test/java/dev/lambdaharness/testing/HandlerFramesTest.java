package dev.lambdaharness.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.Hello;
import dev.lambdaharness.core.corpus.Throws;
import dev.lambdaharness.core.probe.Failures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerFramesTest {

    @Test
    void aGenericHandlerThrowsFromItsMethodThenFromTheBridgeDeclaredOnItsClassLine() {
        List<String> frames = HandlerFrames.thrownBy(new Throws(), "x");

        assertThat(frames).hasSize(2).allSatisfy(frame ->
                assertThat(frame).startsWith("dev.lambdaharness.core.corpus.Throws.handleRequest(Throws.java:"));
        assertThat(line(frames.get(1))).isLessThan(line(frames.get(0)));
    }

    @Test
    void framesOfANestedClassCountAsTheHandlersOwn() {
        List<String> frames = HandlerFrames.thrownBy(Failures.class, () -> new Failures.Unwritable().getValue());

        assertThat(frames).singleElement().asString()
                .startsWith("dev.lambdaharness.core.probe.Failures$Unwritable.getValue(Failures.java:");
    }

    @Test
    void anExceptionThrownOutsideTheHandlersCodeIsRefused() {
        assertThatThrownBy(() -> HandlerFrames.thrownBy(Hello.class, () -> {
            throw new IllegalStateException("not the handler");
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dev.lambdaharness.core.corpus.Hello did not throw from its own code but from "
                        + "dev.lambdaharness.testing.HandlerFramesTest.")
                .hasMessageEndingWith(": call it where it throws itself");
    }

    @Test
    void theCauseOfAFailedStaticInitialiserHoldsTheFrames() {
        ProbeFunctionLoader loader = ProbeFunctionLoader.create();
        try {
            String name = "dev.lambdaharness.core.corpus.StaticInitFails";
            List<String> frames = HandlerFrames.thrownBy(loader.loadClass(name), () -> Class.forName(name, true, loader));

            assertThat(frames).hasSize(2);
            assertThat(frames.get(1)).startsWith(name + ".<clinit>(StaticInitFails.java:");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            loader.release();
        }
    }

    @Test
    void aHandlerThatThrowsNothingIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> HandlerFrames.thrownBy(new Hello(), "world"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dev.lambdaharness.core.corpus.Hello threw nothing: call it with an input it fails on");
    }

    private static int line(String frame) {
        return Integer.parseInt(frame.substring(frame.lastIndexOf(':') + 1, frame.length() - 1));
    }
}
