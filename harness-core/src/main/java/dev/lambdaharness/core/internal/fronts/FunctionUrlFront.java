package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.FunctionUrlEventBuilder;

/**
 * A Lambda Function URL (auth type {@code NONE}, invoke mode {@code BUFFERED}): every method and
 * path reaches the function, the event is built with {@link FunctionUrlEventBuilder} from the real
 * request (the URL's id drawn once and kept), and the response is read as payload format 2.0
 * ({@link V2Responses}); a function
 * error, a timed-out function or an unreadable response is the URL's 502, a throttle its 429.
 *
 * <pre>{@code
 * Front url = new FunctionUrlFront(webhook);
 * }</pre>
 */
public final class FunctionUrlFront implements Front {

    private static final FrontInvocation.Failures FAILURES = new FrontInvocation.Failures(FrontErrors.URL_FUNCTION_ERROR,
            FrontErrors.URL_THROTTLED, FrontErrors.URL_TOO_LARGE, FrontErrors.URL_FUNCTION_ERROR);

    private final LambdaFunction function;
    private final String urlId = FrontIds.lowerAlphanumeric(32);

    public FunctionUrlFront(LambdaFunction function) {
        this.function = function;
    }

    @Override
    public FrontResponse tooLarge() {
        return FAILURES.tooLarge();
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        FunctionUrlEventBuilder builder = Events.functionUrl().urlId(urlId).region(function.config().region())
                .account(function.config().accountId());
        byte[] event = request.withLowerCaseHeaderNames().into(builder, request.rawPath(), TextMediaTypes.isText(request.header("Content-Type")))
                .build().asBytes();
        return FrontInvocation.answer(function, event, FrontInvocation.NO_INTEGRATION_TIMEOUT, V2Responses::read, FAILURES);
    }
}
