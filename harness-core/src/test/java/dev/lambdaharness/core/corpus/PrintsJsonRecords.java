package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/**
 * Writes JSON log records to stdout and stderr as a JSON logging layout does (Powertools' Log4j
 * layout among them), each line a JSON object with a {@code "level"} key, at every level, and a few
 * whose level or timestamp Lambda cannot use; then a plain text line.
 */
public class PrintsJsonRecords implements RequestHandler<String, String> {

    private static final String TIME = "\"timestamp\":\"2026-12-07T10:15:30.123Z\"";

    /** What Lambda keeps of these lines at application log level WARN: a record without a valid level or timestamp is INFO. */
    public static final List<String> KEPT_AT_WARN = List.of(
            "{\"level\":\"warn\",\"message\":\"warn record, lower case\"," + TIME + "}",
            "{" + TIME + ",\"level\":\"ERROR\",\"message\":\"error record on stderr\"}",
            "{\"time\":\"2026-12-07 10:15:30+01:00\",\"level\":\"FATAL\",\"message\":\"fatal record, slog's time key\"}",
            "plain text line");

    @Override
    public String handleRequest(String input, Context context) {
        System.out.println("{" + TIME + ",\"level\":\"DEBUG\",\"message\":\"debug record\"}");
        System.out.println("{" + TIME + ",\"level\":\"INFO\",\"message\":\"info record\"}");
        System.out.println("{\"level\":\"warn\",\"message\":\"warn record, lower case\"," + TIME + "}");
        System.err.println("{" + TIME + ",\"level\":\"ERROR\",\"message\":\"error record on stderr\"}");
        System.out.println("{\"level\":\"ERROR\",\"message\":\"error record without a timestamp\"}");
        System.out.println("{" + TIME + ",\"level\":\"SEVERE\",\"message\":\"record with an invalid level\"}");
        System.out.println("{\"time\":\"2026-12-07 10:15:30+01:00\",\"level\":\"FATAL\",\"message\":\"fatal record, slog's time key\"}");
        System.out.println("plain text line");
        return "printed";
    }
}
