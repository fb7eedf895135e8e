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

    /**
     * The front's own answer to a request body over {@link FrontServer#MAX_BODY_BYTES}, which
     * {@link FrontServer} gives before the body is read on: API Gateway's 413 unless the front says
     * otherwise.
     */
    default FrontResponse tooLarge() {
        return FrontErrors.REQUEST_TOO_LARGE;
    }
}
