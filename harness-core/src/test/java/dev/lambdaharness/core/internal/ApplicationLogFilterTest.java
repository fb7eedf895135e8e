package dev.lambdaharness.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import org.junit.jupiter.api.Test;

class ApplicationLogFilterTest {

    private static final String TIME = "\"timestamp\":\"2026-12-07T10:15:30.123Z\"";

    private static ApplicationLogFilter json(LogLevel level) {
        FunctionConfig.Builder config = FunctionConfig.builder("a.B").logFormat(LogFormat.JSON);
        return ApplicationLogFilter.of(level == null ? config.build() : config.applicationLogLevel(level).build());
    }

    private static String record(String level) {
        return "{" + TIME + ",\"level\":" + level + ",\"message\":\"m\"}";
    }

    @Test
    void keepsRecordsAtOrAboveTheApplicationLevelWhateverTheCaseOfTheirLevel() {
        ApplicationLogFilter warn = json(LogLevel.WARN);

        assertThat(warn.keeps(record("\"TRACE\""))).isFalse();
        assertThat(warn.keeps(record("\"debug\""))).isFalse();
        assertThat(warn.keeps(record("\"Info\""))).isFalse();
        assertThat(warn.keeps(record("\"warn\""))).isTrue();
        assertThat(warn.keeps(record("\"ERROR\""))).isTrue();
        assertThat(warn.keeps(record("\"fatal\""))).isTrue();
    }

    @Test
    void withoutAnApplicationLevelTheLevelIsInfo() {
        ApplicationLogFilter unset = json(null);

        assertThat(unset.keeps(record("\"DEBUG\""))).isFalse();
        assertThat(unset.keeps(record("\"INFO\""))).isTrue();
        assertThat(json(LogLevel.TRACE).keeps(record("\"TRACE\""))).isTrue();
    }

    @Test
    void aMissingOrInvalidLevelCountsAsInfo() {
        assertThat(json(LogLevel.INFO).keeps("{" + TIME + ",\"message\":\"no level\"}")).isTrue();
        assertThat(json(LogLevel.WARN).keeps("{" + TIME + ",\"message\":\"no level\"}")).isFalse();
        assertThat(json(LogLevel.WARN).keeps(record("\"WARNING\""))).isFalse();
        assertThat(json(LogLevel.WARN).keeps(record("40"))).isFalse();
        assertThat(json(LogLevel.WARN).keeps(record("null"))).isFalse();
        assertThat(json(LogLevel.INFO).keeps(record("\"UNDEFINED\""))).isTrue();
    }

    @Test
    void aMissingOrInvalidTimestampMakesTheRecordInfo() {
        String errorWithout = "{\"level\":\"ERROR\",\"message\":\"m\"}";
        String debugWithout = "{\"level\":\"DEBUG\",\"message\":\"m\"}";

        assertThat(json(LogLevel.WARN).keeps(errorWithout)).isFalse();
        assertThat(json(LogLevel.INFO).keeps(debugWithout)).isTrue();
        assertThat(json(LogLevel.WARN).keeps("{\"timestamp\":\"yesterday\",\"level\":\"ERROR\"}")).isFalse();
        assertThat(json(LogLevel.WARN).keeps("{\"timestamp\":1765102530123,\"level\":\"ERROR\"}")).isFalse();
        assertThat(json(LogLevel.WARN).keeps("{\"timestamp\":\"2026-13-07T10:15:30Z\",\"level\":\"ERROR\"}")).isFalse();
        assertThat(json(LogLevel.WARN).keeps("{\"timestamp\":\"2026-12-07T10:15:30\",\"level\":\"ERROR\"}")).isFalse();
        assertThat(json(LogLevel.WARN).keeps("{\"time\":\"2026-12-07T10:15:30+02:00\",\"level\":\"ERROR\"}")).isTrue();
        assertThat(json(LogLevel.WARN).keeps("{\"@timestamp\":\"2026-12-07 10:15:30.5z\",\"level\":\"ERROR\"}")).isTrue();
    }

    @Test
    void linesThatAreNotOneJsonObjectPass() {
        ApplicationLogFilter fatal = json(LogLevel.FATAL);

        assertThat(fatal.keeps("plain text")).isTrue();
        assertThat(fatal.keeps("")).isTrue();
        assertThat(fatal.keeps("[" + record("\"DEBUG\"") + "]")).isTrue();
        assertThat(fatal.keeps(record("\"DEBUG\"") + " trailing")).isTrue();
        assertThat(fatal.keeps("{\"level\":\"DEBUG\", broken}")).isTrue();
        assertThat(fatal.keeps("  " + record("\"DEBUG\"") + "\r")).isFalse();
    }

    @Test
    void theTextFormatFiltersNothing() {
        ApplicationLogFilter text = ApplicationLogFilter.of(FunctionConfig.builder("a.B").build());

        assertThat(text.keeps(record("\"DEBUG\""))).isTrue();
    }
}
