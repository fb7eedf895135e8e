package dev.lambdaharness.core.internal.runtimeapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RapidErrorsTest {

    @Test
    void theLimitIsSixMebibytesAndAHundredBytes() {
        assertThat(RapidErrors.MAX_PAYLOAD_SIZE).isEqualTo(6_291_556);
    }

    @Test
    void describesAnOversizedResponseAsRapidTellsTheCaller() {
        assertThat(new String(RapidErrors.responseSizeTooLarge(7_000_000), StandardCharsets.UTF_8))
                .isEqualTo("{\"errorType\":\"Function.ResponseSizeTooLarge\",\"errorMessage\":\"Response payload size (7000000 bytes)"
                        + " exceeded maximum allowed payload size (6291556 bytes).\"}");
    }

    @Test
    void sanitizesErrorTypesWithRapidsUnanchoredPattern() {
        assertThat(RapidErrors.sanitizeErrorType("Runtime.UserException")).isEqualTo("Runtime.UserException");
        assertThat(RapidErrors.sanitizeErrorType("Function.ResponseSizeTooLarge")).isEqualTo("Function.ResponseSizeTooLarge");
        assertThat(RapidErrors.sanitizeErrorType("My.Runtime.Custom")).isEqualTo("My.Runtime.Custom");
        assertThat(RapidErrors.sanitizeErrorType("Function.lower")).isEqualTo("Function.Unknown");
        assertThat(RapidErrors.sanitizeErrorType("java.lang.IllegalStateException")).isEqualTo("Runtime.Unknown");
        assertThat(RapidErrors.sanitizeErrorType(null)).isEqualTo("Runtime.Unknown");
    }
}
