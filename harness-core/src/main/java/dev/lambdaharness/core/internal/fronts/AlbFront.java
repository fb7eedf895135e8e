package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.AlbEventBuilder;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An Application Load Balancer whose listener forwards every request to a target group with one
 * Lambda function: the event built with {@link AlbEventBuilder} from the real request (single- or
 * multi-value headers and query parameters, as the target group's
 * {@code lambda.multi_value_headers.enabled} says; query values as the client encoded them; the
 * target group's ARN drawn once and kept), a request body over 1 MB refused, and the
 * response read from {@code headers} or {@code multiValueHeaders} accordingly.
 *
 * <pre>{@code
 * Front alb = new AlbFront(orders, "orders-tg", true);
 * }</pre>
 */
public final class AlbFront implements Front {

    /** The largest request body a load balancer sends to a Lambda function. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final FrontInvocation.Failures FAILURES = new FrontInvocation.Failures(FrontErrors.ALB_BAD_GATEWAY,
            FrontErrors.ALB_THROTTLED, FrontErrors.ALB_TOO_LARGE, FrontErrors.ALB_BAD_GATEWAY);

    private final LambdaFunction function;
    private final String targetGroup;
    private final boolean multiValueHeaders;
    private final String targetGroupId = FrontIds.hex(16);

    public AlbFront(LambdaFunction function, String targetGroup, boolean multiValueHeaders) {
        this.function = function;
        this.targetGroup = targetGroup;
        this.multiValueHeaders = multiValueHeaders;
    }

    @Override
    public FrontResponse tooLarge() {
        return FAILURES.tooLarge();
    }

    @Override
    public FrontResponse serve(FrontRequest request) {
        if (request.body().length > MAX_BODY_BYTES) {
            return FrontErrors.ALB_TOO_LARGE;
        }
        AlbEventBuilder builder = Events.alb().targetGroup(targetGroup).targetGroupId(targetGroupId).region(function.config().region())
                .account(function.config().accountId());
        if (multiValueHeaders) {
            builder = builder.multiValueHeaders();
        }
        // An ALB event carries no time but its trace header's second: its ids derive from that second.
        byte[] event = request.at(request.time().truncatedTo(ChronoUnit.SECONDS)).withLowerCaseHeaderNames()
                .into(builder, request.rawPath(), TextMediaTypes.isText(request.header("Content-Type"))).build().asBytes();
        V1Responses.Headers which = multiValueHeaders ? V1Responses.Headers.MULTI : V1Responses.Headers.SINGLE;
        return FrontInvocation.answer(function, event, FrontInvocation.NO_INTEGRATION_TIMEOUT,
                payload -> payload.length > MAX_BODY_BYTES ? Optional.empty()
                        : V1Responses.read(payload, which, contentType -> true),
                FAILURES);
    }
}
