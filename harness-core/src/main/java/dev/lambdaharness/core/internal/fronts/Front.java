package dev.lambdaharness.core.internal.fronts;

/**
 * A service in front of functions that speaks HTTP: turns a request into an invocation and its
 * result into the answer, or answers by itself (an unknown route, a preflight, its own errors).
 *
 * <pre>{@code
 * Front hello = request -> FrontResponse.json(200, "{\"hello\":true}");
 * }</pre>
 */
@FunctionalInterface
public interface Front {

    /** The answer to one request; never throws for bad input, which gets the front's own answer. */
    FrontResponse serve(FrontRequest request);
}
