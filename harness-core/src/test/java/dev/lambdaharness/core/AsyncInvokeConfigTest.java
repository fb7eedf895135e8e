package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsyncInvokeConfigTest {

    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:failures";

    @Test
    void unsetMembersTakeLambdasDefaults() {
        FunctionConfig config = FunctionConfig.builder("a.B").build();

        assertThat(config.asyncInvoke()).isEqualTo(AsyncInvokeConfig.DEFAULT);
        assertThat(AsyncInvokeConfig.DEFAULT.effectiveMaximumRetryAttempts()).isEqualTo(2);
        assertThat(AsyncInvokeConfig.DEFAULT.effectiveMaximumEventAge()).isEqualTo(Duration.ofHours(6));
        assertThat(config.maximumRetryAttempts()).isEqualTo(2);
        assertThat(config.maximumEventAge()).isEqualTo(Duration.ofHours(6));
        assertThat(config.onSuccessDestination()).isEmpty();
        assertThat(config.onFailureDestination()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 21600})
    void eventAgeLimitsThemselvesAreAccepted(int seconds) {
        FunctionConfig config = FunctionConfig.builder("a.B")
                .asyncInvoke(AsyncInvokeConfig.DEFAULT.withMaximumEventAgeInSeconds(seconds)).build();

        assertThat(config.maximumEventAge()).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void eventAgeAboveSixHoursIsRefusedWithLambdasMessage() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").maximumEventAge(21601).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("maximumEventAgeInSeconds 21601 is out of range: Lambda accepts 60 to 21600 seconds"
                        + " (ValidationException: 1 validation error detected: Value '21601' at"
                        + " 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value less than"
                        + " or equal to 21600). Set maximumEventAgeInSeconds between 60 and 21600.");
    }

    @Test
    void negativeRetriesAreRefused() {
        AsyncInvokeConfig negative = AsyncInvokeConfig.DEFAULT.withMaximumRetryAttempts(-1);

        assertThatThrownBy(() -> FunctionConfig.builder("a.B").asyncInvoke(negative).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("maximumRetryAttempts -1 is out of range: Lambda accepts 0 to 2 retries")
                .hasMessageContaining("Member must have value greater than or equal to 0");
    }

    @Test
    void aFifoQueueOrTopicIsNoDestination() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B")
                .onFailureDestination("arn:aws:sqs:us-east-1:123456789012:failures.fifo").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("destinationConfig.onFailure.destination 'arn:aws:sqs:us-east-1:123456789012:failures.fifo' names"
                        + " a FIFO queue, which Lambda does not send asynchronous invocation records to"
                        + " (InvalidParameterValueException). Name a standard one, for example"
                        + " arn:aws:sqs:us-east-1:123456789012:failures.");
        assertThatThrownBy(() -> FunctionConfig.builder("a.B")
                .onSuccessDestination("arn:aws:sns:us-east-1:123456789012:done.fifo").build())
                .hasMessageContaining("names a FIFO topic");
    }

    @Test
    void aDestinationThatIsNotAnArnIsRefusedNamingItsSetting() {
        assertThatThrownBy(() -> FunctionConfig.builder("a.B").onSuccessDestination("my-queue").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("destinationConfig.onSuccess.destination 'my-queue' is not an ARN"
                        + " (InvalidParameterValueException). Give the full ARN, for example"
                        + " arn:aws:sqs:us-east-1:123456789012:failures.")
                .extracting(e -> ((InvalidConfigurationException) e).lambdaErrorCode())
                .isEqualTo("InvalidParameterValueException");
    }

    @Test
    void theSettingsAreEmulatedAndNotWarnedAbout() {
        FunctionConfig config = FunctionConfig.builder("a.B")
                .asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnFailureDestination(QUEUE)).build();

        assertThat(config.settingsNotEmulated()).isEmpty();
        assertThat(config.changesSynchronousResults()).isFalse();
    }

    @Test
    void withersChangeOneMemberAndNullClearsADestination() {
        AsyncInvokeConfig config = AsyncInvokeConfig.DEFAULT.withMaximumRetryAttempts(1).withOnSuccessDestination(QUEUE)
                .withOnFailureDestination(QUEUE);

        assertThat(config.withOnSuccessDestination(null)).isEqualTo(new AsyncInvokeConfig(OptionalInt.of(1),
                OptionalInt.empty(), Optional.empty(), Optional.of(QUEUE)));
        assertThat(config.effectiveMaximumRetryAttempts()).isEqualTo(1);
    }
}
