package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings and filter patterns Lambda refuses, refused with the setting, the value, the range and Lambda's code. */
class EventSourceMappingConfigTest {

    private final LambdaRuntime runtime = LambdaRuntime.create();
    private final SqsQueue standard = runtime.sqsQueue(SqsQueueConfig.builder("orders").build());
    private final SqsQueue fifo = runtime.sqsQueue(SqsQueueConfig.builder("orders.fifo").build());

    @AfterEach
    void close() {
        runtime.close();
    }

    private static Consumer<InvalidConfigurationException> refusal(String setting, String value, String code,
            String... words) {
        return e -> {
            assertThat(e.setting()).isEqualTo(setting);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.lambdaErrorCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(words);
        };
    }

    @Test
    void batchSizesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(standard).batchSize(0).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("BatchSize", "0", "ValidationException", "1 to 10000"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(standard).batchSize(10001)
                .maximumBatchingWindow(Duration.ofSeconds(1)).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("BatchSize", "10001", "ValidationException", "1 to 10000"));
    }

    @Test
    void aBatchAboveTenNeedsAWindowAndAFifoBatchAtMostTen() {
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(standard).batchSize(11).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, refusal("BatchSize", "11",
                        "InvalidParameterValueException", "Maximum batch window in seconds must be greater than 0"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(fifo).batchSize(11)
                .maximumBatchingWindow(Duration.ofSeconds(1)).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("BatchSize", "11", "InvalidParameterValueException", "FIFO"));
        assertThat(EventSourceMappingConfig.builder(standard).batchSize(11).maximumBatchingWindow(Duration.ofSeconds(1))
                .build().batchSize()).isEqualTo(11);
    }

    @Test
    void anSqsMappingTakesNoStartingPositionAtAll() {
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(standard)
                .startingPosition(EventSourceMappingConfig.StartingPosition.LATEST).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, refusal("StartingPosition", "LATEST",
                        "InvalidParameterValueException", "StartingPosition is not valid for SQS event sources."));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(fifo)
                .startingPosition(EventSourceMappingConfig.StartingPosition.TRIM_HORIZON).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, refusal("StartingPosition", "TRIM_HORIZON",
                        "InvalidParameterValueException", "an SQS queue"));
        assertThat(EventSourceMappingConfig.builder(standard).build().startingPosition())
                .isEqualTo(EventSourceMappingConfig.StartingPosition.TRIM_HORIZON);
    }

    @Test
    void aWindowAbove300SecondsAndAMaximumConcurrencyBelowTwoAreRefused() {
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(standard).maximumBatchingWindow(Duration.ofSeconds(301))
                .build()).isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("MaximumBatchingWindowInSeconds", "301", "ValidationException", "0 to 300"));
        assertThatThrownBy(() -> EventSourceMappingConfig.builder(standard).maximumConcurrency(1).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("ScalingConfig.MaximumConcurrency", "1", "ValidationException", "2 to 1000"));
    }

    @Test
    void theDefaultsAreLambdas() {
        EventSourceMappingConfig config = EventSourceMappingConfig.builder(standard).build();

        assertThat(config.batchSize()).isEqualTo(10);
        assertThat(config.maximumBatchingWindow()).isZero();
        assertThat(config.reportBatchItemFailures()).isFalse();
        assertThat(config.maximumConcurrency()).isEmpty();
        assertThat(config.enabled()).isTrue();
    }

    private void mapWithFilter(String... patterns) {
        EventSourceMappingConfig.Builder builder = EventSourceMappingConfig.builder(standard);
        for (String pattern : patterns) {
            builder.filterPattern(pattern);
        }
        LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello").build(),
                CorpusCode.code());
        runtime.eventSourceMapping(function, builder.build());
    }

    @Test
    void malformedFilterPatternsAreRefusedWithTheServicesMessage() {
        for (String pattern : new String[] {"null", "\"aws:sqs\"", "{\"eventSource\":\"aws:sqs\"}",
                "{\"eventSource\":[]}", "{\"body\":", "{}"}) {
            assertThatThrownBy(() -> mapWithFilter(pattern)).as(pattern)
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, refusal("FilterCriteria.Filters.Pattern",
                            pattern, "InvalidParameterValueException", "Invalid filter pattern definition."));
        }
    }

    @Test
    void operatorsLambdasFilteringLacksAreRefusedThoughTheMatcherKnowsThem() {
        for (String pattern : new String[] {"{\"body\":{\"name\":[{\"wildcard\":\"a*\"}]}}",
                "{\"body\":{\"name\":[{\"anything-but\":{\"prefix\":\"a\"}}]}}",
                "{\"body\":{\"ip\":[{\"cidr\":\"10.0.0.0/24\"}]}}"}) {
            assertThatThrownBy(() -> mapWithFilter(pattern)).as(pattern)
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, refusal("FilterCriteria.Filters.Pattern",
                            pattern, "InvalidParameterValueException", "Invalid filter pattern definition."));
        }
        mapWithFilter("{\"body\":{\"name\":[{\"anything-but\":[\"a\",\"b\"]}],\"tag\":[{\"exists\":false}]}}",
                "{\"$or\":[{\"body\":[{\"prefix\":\"a\"}]},{\"body\":[{\"suffix\":{\"equals-ignore-case\":\"Z\"}}]}]}");
    }

    @Test
    void moreThanFiveFiltersOrAPatternOver4096CharactersAreRefused() {
        String one = "{\"body\":[\"a\"]}";
        assertThatThrownBy(() -> mapWithFilter(one, one, one, one, one, one))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("FilterCriteria.Filters", "6 filters", "InvalidParameterValueException", "at most 5"));
        String tooLong = "{\"body\":[\"" + "x".repeat(4090) + "\"]}";
        assertThatThrownBy(() -> mapWithFilter(tooLong)).isInstanceOfSatisfying(InvalidConfigurationException.class,
                refusal("FilterCriteria.Filters.Pattern", tooLong.length() + " characters", "ValidationException", "4096"));
    }

    @Test
    void queueAttributesOutOfRangeAreRefusedWithSqsCodes() {
        assertThatThrownBy(() -> SqsQueueConfig.builder("q").visibilityTimeout(Duration.ofHours(13)).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("VisibilityTimeout", "46800", "InvalidAttributeValue", "0 to 43200"));
        assertThatThrownBy(() -> SqsQueueConfig.builder("q").redrive(standard, 0).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("maxReceiveCount", "0", "InvalidAttributeValue", "1 to 1000"));
        assertThatThrownBy(() -> SqsQueueConfig.builder("q.fifo").redrive(standard, 3).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("RedrivePolicy", standard.arn(), "InvalidAttributeValue", "both be FIFO"));
        assertThatThrownBy(() -> standard.send("x".repeat(262_145)))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        refusal("MessageBody", "262145 bytes", "InvalidParameterValue", "262144"));
    }
}
