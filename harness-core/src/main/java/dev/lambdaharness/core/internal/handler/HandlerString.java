package dev.lambdaharness.core.internal.handler;

import java.util.Optional;

/**
 * A handler string split as the RIC splits it: at the last {@code ::}, class before, method after;
 * no {@code ::} means a class-only handler.
 *
 * @param className the class part, never empty
 * @param methodName the method part, or null for a class-only handler; never empty
 */
record HandlerString(String className, String methodName) {

    /** @return the parts, or empty when the class part or the method part is empty (an invalid handler) */
    static Optional<HandlerString> parse(String handler) {
        int separator = handler.lastIndexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? null : handler.substring(separator + 2);
        if (className.isEmpty() || (methodName != null && methodName.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new HandlerString(className, methodName));
    }
}
