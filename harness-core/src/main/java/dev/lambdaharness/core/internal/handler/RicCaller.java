package dev.lambdaharness.core.internal.handler;

/**
 * Reflection access failures name the calling class ({@code class X cannot access a member of
 * class Y with modifiers "public"}); the RIC's message names its class where ours names ours.
 */
final class RicCaller {

    private RicCaller() {
    }

    /** @return {@code t} itself, or for an access failure raised by {@code ourCaller}, a copy naming {@code ricCaller} */
    static Throwable renamed(Throwable t, Class<?> ourCaller, String ricCaller) {
        String prefix = "class " + ourCaller.getName() + " ";
        if (t instanceof IllegalAccessException && t.getMessage() != null && t.getMessage().startsWith(prefix)) {
            IllegalAccessException renamed = new IllegalAccessException("class " + ricCaller + " " + t.getMessage().substring(prefix.length()));
            renamed.setStackTrace(t.getStackTrace());
            return renamed;
        }
        return t;
    }
}
