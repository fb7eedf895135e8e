package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What happens to an asynchronous invocation, as Lambda's {@code PutFunctionEventInvokeConfig}
 * sets it: how often a failed event is retried, how long an event may wait, and where a success or
 * a failure is sent. Unset members take Lambda's defaults (2 retries, 6 hours, no destinations). It
 * is checked against Lambda's limits when a {@link FunctionConfig} is built with it, and warned
 * about until asynchronous invocation is emulated.
 *
 * <pre>{@code
 * FunctionConfig config = FunctionConfig.builder("com.example.Handler")
 *         .asyncInvoke(AsyncInvokeConfig.DEFAULT.withMaximumRetryAttempts(0)
 *                 .withOnFailureDestination("arn:aws:sqs:us-east-1:123456789012:failures"))
 *         .build();
 * config.asyncInvoke().maximumRetryAttempts(); // OptionalInt[0]
 * }</pre>
 *
 * @param maximumRetryAttempts the retries of a failed event (0 to 2), when set
 * @param maximumEventAgeInSeconds how long an event may wait (60 to 21600 s), when set
 * @param onSuccessDestination the ARN a successful invocation's record goes to, when set
 * @param onFailureDestination the ARN a failed or expired event's record goes to, when set
 */
public record AsyncInvokeConfig(OptionalInt maximumRetryAttempts, OptionalInt maximumEventAgeInSeconds,
        Optional<String> onSuccessDestination, Optional<String> onFailureDestination) {

    /** Lambda's default: no event invoke configuration, so 2 retries, 6 hours and no destinations. */
    public static final AsyncInvokeConfig DEFAULT =
            new AsyncInvokeConfig(OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    /** Refuses a missing member; an unset one is empty. */
    public AsyncInvokeConfig {
        Objects.requireNonNull(maximumRetryAttempts, "maximumRetryAttempts");
        Objects.requireNonNull(maximumEventAgeInSeconds, "maximumEventAgeInSeconds");
        Objects.requireNonNull(onSuccessDestination, "onSuccessDestination");
        Objects.requireNonNull(onFailureDestination, "onFailureDestination");
    }

    /** The retries Lambda makes: the configured ones, or its default of 2. */
    public int effectiveMaximumRetryAttempts() {
        return maximumRetryAttempts.orElse(FunctionLimits.DEFAULT_MAXIMUM_RETRY_ATTEMPTS);
    }

    /** How long an event may wait: the configured age, or Lambda's default of 6 hours. */
    public Duration effectiveMaximumEventAge() {
        return Duration.ofSeconds(maximumEventAgeInSeconds.orElse(FunctionLimits.DEFAULT_MAXIMUM_EVENT_AGE_SECONDS));
    }

    /** This configuration with a number of retries, 0 to 2. */
    public AsyncInvokeConfig withMaximumRetryAttempts(int retries) {
        return new AsyncInvokeConfig(OptionalInt.of(retries), maximumEventAgeInSeconds, onSuccessDestination,
                onFailureDestination);
    }

    /** This configuration with a maximum event age in seconds, 60 to 21600. */
    public AsyncInvokeConfig withMaximumEventAgeInSeconds(int seconds) {
        return new AsyncInvokeConfig(maximumRetryAttempts, OptionalInt.of(seconds), onSuccessDestination,
                onFailureDestination);
    }

    /** This configuration with an on-success destination ARN, or none for {@code null}. */
    public AsyncInvokeConfig withOnSuccessDestination(String arn) {
        return new AsyncInvokeConfig(maximumRetryAttempts, maximumEventAgeInSeconds, Optional.ofNullable(arn),
                onFailureDestination);
    }

    /** This configuration with an on-failure destination ARN, or none for {@code null}. */
    public AsyncInvokeConfig withOnFailureDestination(String arn) {
        return new AsyncInvokeConfig(maximumRetryAttempts, maximumEventAgeInSeconds, onSuccessDestination,
                Optional.ofNullable(arn));
    }

    void check() {
        maximumRetryAttempts.ifPresent(FunctionLimits.MAXIMUM_RETRY_ATTEMPTS::check);
        maximumEventAgeInSeconds.ifPresent(FunctionLimits.MAXIMUM_EVENT_AGE::check);
        FunctionLimits.ON_SUCCESS_DESTINATION.check(onSuccessDestination);
        FunctionLimits.ON_FAILURE_DESTINATION.check(onFailureDestination);
    }
}
