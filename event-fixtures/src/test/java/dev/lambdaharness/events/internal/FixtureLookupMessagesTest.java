package dev.lambdaharness.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" hints name at most three built-in ids, nearest first. */
class FixtureLookupMessagesTest {

    private static final List<String> IDS = List.of("sqs/receive-message", "sqs/fifo-batch", "sqs/batch-response", "sns/notification",
            "s3/object-created-put", "s3/object-removed-delete", "kinesis/records", "dynamodb/batch-response", "kinesis/batch-response");

    @Test
    void aTypoGetsTheIdItMeant() {
        assertThat(FixtureLookup.notFound("sqs/recieve-message", "the given class loader", IDS))
                .isEqualTo("No event fixture \"sqs/recieve-message\": it is not a built-in fixture, and no class path resource "
                        + "sqs/recieve-message.json was found through the given class loader. Did you mean sqs/receive-message? "
                        + "The built-in fixtures are listed by EventFixtures.catalogue() and in docs/events.md.");
    }

    @Test
    void severalNearIdsAreOfferedNearestFirstAndAtMostThree() {
        assertThat(NearestIds.nearest("batch-response", IDS, 3))
                .containsExactly("dynamodb/batch-response", "kinesis/batch-response", "sqs/batch-response");
        assertThat(NearestIds.nearest("s3/object-created-pt", IDS, 3)).containsExactly("s3/object-created-put");
        assertThat(NearestIds.nearest("s3/object", IDS, 3)).containsExactly("s3/object-created-put", "s3/object-removed-delete");
    }

    @Test
    void nothingNearMeansNoHint() {
        assertThat(NearestIds.nearest("apigateway/http-api-v2", IDS, 3)).isEmpty();
        assertThat(FixtureLookup.notFound("x/y.json", "the given class loader", IDS)).doesNotContain("Did you mean");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestIds.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestIds.levenshtein("", "abc")).isEqualTo(3);
        assertThat(NearestIds.levenshtein("same", "same")).isZero();
    }
}
