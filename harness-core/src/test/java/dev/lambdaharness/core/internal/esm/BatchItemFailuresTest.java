package dev.lambdaharness.core.internal.esm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service's rules for a partial batch response. */
class BatchItemFailuresTest {

    private static final Set<String> BATCH = Set.of("id-1", "id-2");

    private static Optional<Set<String>> read(String response) {
        return BatchItemFailures.read(response.getBytes(StandardCharsets.UTF_8), BATCH);
    }

    @Test
    void noResponseNullAnEmptyObjectAndAnEmptyOrNullListAreFullSuccess() {
        for (String response : new String[] {"", "null", "{}", "{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}"}) {
            assertThat(read(response)).as(response).contains(Set.of());
        }
    }

    @Test
    void theReportedIdentifiersFail() {
        assertThat(read("{\"batchItemFailures\":[{\"itemIdentifier\":\"id-2\"}]}")).contains(Set.of("id-2"));
    }

    @Test
    void aMissingEmptyNullOrUnknownIdentifierOrAResponseThatIsNotJsonFailsTheWholeBatch() {
        for (String response : new String[] {"{\"batchItemFailures\":[{\"itemId\":\"id-1\"}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}", "{\"batchItemFailures\":[{\"itemIdentifier\":null}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"id-3\"}]}", "{\"batchItemFailures\":\"id-1\"}", "{not json"}) {
            assertThat(read(response)).as(response).isEmpty();
        }
    }
}
