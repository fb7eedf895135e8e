package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldContainLog.shouldContain;
import static dev.lambdaharness.junit.internal.assertj.ShouldContainLog.shouldContainInOrder;
import static dev.lambdaharness.junit.internal.assertj.ShouldContainLog.shouldContainJsonRecord;
import static dev.lambdaharness.junit.internal.assertj.ShouldContainLog.shouldContainLine;
import static dev.lambdaharness.junit.internal.assertj.ShouldContainLog.shouldHaveSize;
import static dev.lambdaharness.junit.internal.assertj.ShouldContainLog.shouldNotContain;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.internal.jackson.core.type.TypeReference;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.junit.internal.assertj.Json;
import dev.lambdaharness.junit.internal.assertj.Navigation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an invocation's log events, as CloudWatch would hold them: platform lines
 * ({@code START}, {@code END}, {@code REPORT}, …) and the function's output, one event per printed
 * line or {@code LambdaLogger} record. Obtain one with {@link InvocationResultAssert#logs()}.
 *
 * <pre>{@code
 * assertThat(result).logs()
 *         .contain("order accepted")
 *         .doNotContain("password")
 *         .containInOrder("validating", "saving");
 * assertThat(result).logs().fromFunction().haveSize(2);
 * assertThat(result).logs().fromFunction().jsonRecords()
 *         .extracting("level", "message").contains(tuple("WARN", "stock is low"));
 * }</pre>
 */
public class LogsAssert extends AbstractAssert<LogsAssert, List<LogEvent>> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the log events under test
     */
    public LogsAssert(List<LogEvent> actual) {
        super(actual, LogsAssert.class);
    }

    /** Verifies that some log event contains this text. */
    public LogsAssert contain(String text) {
        requireNonNull(text, "text");
        isNotNull();
        if (actual.stream().noneMatch(event -> event.message().contains(text))) {
            throw assertionError(shouldContain(actual, text));
        }
        return myself;
    }

    /** Verifies that some log event, or one line of a multi-line log event, is exactly this line. */
    public LogsAssert containLine(String line) {
        requireNonNull(line, "line");
        isNotNull();
        boolean found = actual.stream().anyMatch(event -> event.message().equals(line)
                || Arrays.asList(event.message().split("\\R")).contains(line));
        if (!found) {
            throw assertionError(shouldContainLine(actual, line));
        }
        return myself;
    }

    /** Verifies that no log event contains this text. */
    public LogsAssert doNotContain(String text) {
        requireNonNull(text, "text");
        isNotNull();
        Optional<LogEvent> offending = actual.stream().filter(event -> event.message().contains(text)).findFirst();
        if (offending.isPresent()) {
            throw assertionError(shouldNotContain(offending.get(), text));
        }
        return myself;
    }

    /** Verifies that log events contain these texts in this order, each in a later event than the one before. */
    public LogsAssert containInOrder(String... texts) {
        requireNonNull(texts, "texts");
        isNotNull();
        int next = 0;
        String previous = null;
        for (String text : texts) {
            requireNonNull(text, "texts must not contain null");
            int found = indexOfEventContaining(text, next);
            if (found < 0) {
                throw assertionError(shouldContainInOrder(actual, List.of(texts), previous, text));
            }
            previous = text;
            next = found + 1;
        }
        return myself;
    }

    /** Verifies the number of log events. */
    public LogsAssert haveSize(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            throw assertionError(shouldHaveSize(actual, expected));
        }
        return myself;
    }

    /** Narrows the assertions to the function's own log events: its output and its {@code LambdaLogger} records. */
    public LogsAssert fromFunction() {
        return from(LogEvent.Source.FUNCTION);
    }

    /** Narrows the assertions to the platform's log events: {@code INIT_START}, {@code START}, {@code END}, {@code REPORT}, … */
    public LogsAssert fromPlatform() {
        return from(LogEvent.Source.PLATFORM);
    }

    /**
     * Asserts on the log events that are JSON objects (the records of a function whose log format is
     * JSON, and platform records in that format), each read as a map; other events are left out.
     */
    public ListAssert<Map<String, Object>> jsonRecords() {
        isNotNull();
        List<Map<String, Object>> records = new ArrayList<>();
        for (LogEvent event : actual) {
            Json.read(event.message()).filter(node -> node.isObject())
                    .ifPresent(node -> records.add(JSON.convertValue(node, new TypeReference<Map<String, Object>>() { })));
        }
        return extractingForProxy(new ListAssert<>(records));
    }

    /**
     * Verifies that some log event is a JSON record holding every one of these fields with these
     * values: the check for a function that logs JSON (Powertools, a JSON log format), without
     * matching raw text with escaped quotes. A key is a top-level field, or a JSON pointer
     * ({@code "/order/id"}) for a nested one; values compare as JSON, a string with a field's text.
     *
     * <pre>{@code
     * assertThat(result).logs().containJsonRecord(Map.of("level", "WARN", "message", "stock is low"));
     * assertThat(result).logs().containJsonRecord(Map.of("/order/id", 7));
     * }</pre>
     */
    public LogsAssert containJsonRecord(Map<String, ?> fields) {
        requireNonNull(fields, "fields");
        isNotNull();
        List<JsonNode> records = new ArrayList<>();
        for (LogEvent event : actual) {
            Json.read(event.message()).filter(JsonNode::isObject).ifPresent(records::add);
        }
        if (records.stream().noneMatch(record -> fields.entrySet().stream()
                .allMatch(field -> holds(record, field.getKey(), field.getValue())))) {
            throw assertionError(shouldContainJsonRecord(actual, fields,
                    records.stream().map(JsonNode::toString).collect(Collectors.toList())));
        }
        return myself;
    }

    private static boolean holds(JsonNode record, String key, Object expected) {
        JsonNode value = key.startsWith("/") ? record.at(key) : record.get(key);
        if (value == null || value.isMissingNode()) {
            return false;
        }
        if (expected == null) {
            return value.isNull();
        }
        if (expected instanceof String text) {
            return value.isValueNode() && value.asText().equals(text);
        }
        JsonNode wanted = JSON.valueToTree(expected);
        return value.isNumber() && wanted.isNumber() ? value.decimalValue().compareTo(wanted.decimalValue()) == 0
                : value.equals(wanted);
    }

    /** Hands a navigation's assertion through, so that soft assertions proxy it; see {@link InvocationResultAssert}. */
    protected <A extends AbstractAssert<?, ?>> A extractingForProxy(A navigation) {
        return Navigation.from(info, navigation);
    }

    private LogsAssert from(LogEvent.Source source) {
        isNotNull();
        return extractingForProxy(new LogsAssert(actual.stream().filter(event -> event.source() == source)
                .collect(Collectors.toList())));
    }

    private int indexOfEventContaining(String text, int from) {
        for (int i = from; i < actual.size(); i++) {
            if (actual.get(i).message().contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
