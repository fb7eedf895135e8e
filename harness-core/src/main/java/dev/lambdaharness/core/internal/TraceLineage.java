package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.RecursiveInvocationException;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.TracingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The {@code Lineage} field of an X-Ray trace header, through which Lambda counts how often one
 * chain of invocations has run each function: {@code Lineage=<hash>:<count>|<hash>:<count>}, one
 * entry per function, its hash taken from the function's unqualified ARN. Each invocation's header
 * counts it; the SDK forwards the header of the invocation it runs in, so a function invoking itself
 * hands the count on, and the invocation after {@link RecursiveInvocationException#MAX_INVOCATIONS}
 * is stopped. The format is UNCONFIRMED (see docs/fidelity.md): AWS does not document it; this is
 * the form LocalStack's notes show, and entries of the form {@code <n>:<hash>:<count>}, seen in
 * recorded SQS messages, are read too.
 *
 * <pre>{@code
 * Optional<String> header = TraceLineage.next("Root=1-…;Sampled=0;Lineage=8e1b1a6c:3", arn, clock, tracing);
 * // Optional[Root=1-…;Sampled=0;Lineage=8e1b1a6c:4]; empty at 16
 * }</pre>
 */
public final class TraceLineage {

    private static final String FIELD = "Lineage=";

    private TraceLineage() {
    }

    /**
     * The trace header an invocation of the function runs with: the caller's (a new one when it sent
     * none) with this invocation counted in its lineage; empty when the chain already ran the function
     * {@link RecursiveInvocationException#MAX_INVOCATIONS} times, and this invocation is to be stopped.
     */
    public static Optional<String> next(String callerHeader, String functionArn, RuntimeClock clock, TracingMode tracing) {
        String header = callerHeader != null ? callerHeader : TraceIds.newHeader(clock, tracing);
        String hash = hashOf(functionArn);
        int count = count(header, hash);
        if (count >= RecursiveInvocationException.MAX_INVOCATIONS) {
            return Optional.empty();
        }
        return Optional.of(withCount(header, hash, count + 1));
    }

    /** How many invocations of the function with this hash the header's lineage counts; 0 without one. */
    static int count(String header, String hash) {
        for (String entry : entries(header)) {
            String[] parts = entry.split(":");
            // <hash>:<count>, or <n>:<hash>:<count>
            String entryHash = parts.length == 3 ? parts[1] : parts[0];
            if (parts.length >= 2 && entryHash.equals(hash)) {
                try {
                    return Integer.parseInt(parts[parts.length - 1]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The eight hex digits of a function's entry. */
    static String hashOf(String functionArn) {
        CRC32 crc = new CRC32();
        crc.update(functionArn.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static List<String> entries(String header) {
        List<String> entries = new ArrayList<>();
        for (String field : header.split(";")) {
            String trimmed = field.strip();
            if (trimmed.startsWith(FIELD)) {
                for (String entry : trimmed.substring(FIELD.length()).split("\\|")) {
                    if (!entry.isBlank()) {
                        entries.add(entry.strip());
                    }
                }
            }
        }
        return entries;
    }

    private static String withCount(String header, String hash, int count) {
        List<String> kept = new ArrayList<>();
        for (String entry : entries(header)) {
            String[] parts = entry.split(":");
            if (!(parts.length == 3 ? parts[1] : parts[0]).equals(hash)) {
                kept.add(entry);
            }
        }
        kept.add(hash + ":" + count);
        StringBuilder out = new StringBuilder();
        for (String field : header.split(";")) {
            String trimmed = field.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith(FIELD)) {
                out.append(out.length() == 0 ? "" : ";").append(trimmed);
            }
        }
        return out.append(";").append(FIELD).append(String.join("|", kept)).toString();
    }
}
