package dev.lambdaharness.core.corpus;

/** Shaped as Kotlin compiles an {@code object}: a private constructor and a static INSTANCE. */
public final class PrivateConstructor {
    public static final PrivateConstructor INSTANCE = new PrivateConstructor();

    private PrivateConstructor() {
    }

    public String handle(String input) {
        return "object " + input;
    }
}
