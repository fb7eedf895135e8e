package dev.lambdaharness.core.internal.invokeapi;

import dev.lambdaharness.core.LambdaFunction;
import java.util.Optional;

/**
 * The functions an Invoke API serves, looked up by name: those of one {@code LambdaRuntime}.
 *
 * <pre>{@code
 * InvokeTargets targets = name -> Optional.ofNullable(functions.get(name));
 * }</pre>
 */
@FunctionalInterface
public interface InvokeTargets {

    /** The unqualified function of that name, if one is deployed. */
    Optional<LambdaFunction> function(String name);
}
