package dev.lambdaharness.core.internal.invokeapi;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.internal.remote.RemoteLogTail;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The {@code X-Amz-Log-Result} of an invocation invoked with {@code X-Amz-Log-Type: Tail}: the last
 * {@value #MAX_BYTES} bytes of its log, one line per log event, in base64.
 *
 * <pre>{@code
 * String header = LogTail.of(result); // base64 of "START RequestId: …\n…REPORT RequestId: …\n"
 * }</pre>
 */
final class LogTail {

    /** How much of the log the service returns: the last 4 KB, as the remote target reads it back. */
    static final int MAX_BYTES = RemoteLogTail.MAX_BYTES;

    private LogTail() {
    }

    static String of(InvocationResult result) {
        StringBuilder log = new StringBuilder();
        for (LogEvent event : result.logs()) {
            log.append(event.message());
            if (!event.message().endsWith("\n")) {
                log.append('\n');
            }
        }
        byte[] bytes = log.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = bytes.length <= MAX_BYTES ? bytes : Arrays.copyOfRange(bytes, bytes.length - MAX_BYTES, bytes.length);
        return Base64.getEncoder().encodeToString(tail);
    }
}
