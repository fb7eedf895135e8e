package dev.lambdaharness.core.internal.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** {@link HandlerLoader#handlerMethod}: the runtime's choice of method, made without running user code. */
class HandlerMethodTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void methodHandlerGetsTheOverloadTheRuntimeCalls() throws Exception {
        Method method = HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.Overloads::handle", loader);

        assertThat(method).isEqualTo(Class.forName("dev.lambdaharness.core.probe.Overloads").getMethod("handle", String.class, Context.class));
    }

    @Test
    void classOnlyHandlersGetTheInterfaceMethodAsTheClassImplementsIt() throws Exception {
        Method pojo = HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.Echo", loader);
        Method stream = HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.StreamEcho", loader);

        assertThat(pojo.getDeclaringClass().getName()).isEqualTo("dev.lambdaharness.core.probe.Echo");
        assertThat(pojo.getParameterTypes()).containsExactly(Object.class, Context.class);
        assertThat(pojo.isBridge()).isTrue();
        assertThat(stream.getParameterTypes()).containsExactly(InputStream.class, OutputStream.class, Context.class);
    }

    @Test
    void neitherInitialisesNorInstantiatesTheHandlerClass() throws Exception {
        Method method = HandlerLoader.handlerMethod(ThrowsInInit.class.getName() + "::handle", loader);

        // Initialising the class would have thrown ExceptionInInitializerError here.
        assertThat(method.getName()).isEqualTo("handle");
    }

    @Test
    void unresolvableHandlersGetTheRuntimesMessage() {
        assertThatThrownBy(() -> HandlerLoader.handlerMethod("com.example.Missing::handle", loader))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Class not found: com.example.Missing");
        assertThatThrownBy(() -> HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.Overloads::nope", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No public method named nope with appropriate method signature found on class dev.lambdaharness.core.probe.Overloads");
        assertThatThrownBy(() -> HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.Overloads::", loader))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid handler: `dev.lambdaharness.core.probe.Overloads::'");
        assertThatThrownBy(() -> HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.Unbounded", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Class dev.lambdaharness.core.probe.Unbounded does not implement RequestHandler with concrete type parameters: parameter T has no upper bound.");
        assertThatThrownBy(() -> HandlerLoader.handlerMethod("dev.lambdaharness.core.probe.Overloads", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Class does not implement an appropriate handler interface: dev.lambdaharness.core.probe.Overloads");
    }

    /** A handler whose static initialiser would fail: resolving it must not run it. */
    public static class ThrowsInInit {

        static {
            fail();
        }

        private static void fail() {
            throw new IllegalStateException("static initialiser ran");
        }

        public String handle(String input) {
            return input;
        }
    }
}
