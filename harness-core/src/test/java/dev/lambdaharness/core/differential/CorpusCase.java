package dev.lambdaharness.core.differential;

import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One invocation of the differential corpus: a handler with its log settings, the event bytes and
 * an optional client context. Cases with the same handler and log settings share one environment
 * on each side (one oracle child, one in-process environment) and run in the order listed, so the
 * second case of a handler is a warm invocation on both sides.
 *
 * @param name            what the case shows, as the test report names it
 * @param handler         the handler string
 * @param logFormat       the function's log format
 * @param logLevel        the application log level (JSON only), or null for none
 * @param event           the payload bytes, sent as they are to both sides
 * @param clientContext   the {@code Lambda-Runtime-Client-Context} JSON, or null
 * @param cognitoIdentity the {@code Lambda-Runtime-Cognito-Identity} JSON, or null
 * @param traceHeader     the {@code Lambda-Runtime-Trace-Id}, or null
 * @param serialisers     class names listed in the code's {@code META-INF/services/...CustomPojoSerializer}, usually none
 * @param excludedBecause why this case is not compared yet (it is reported as skipped), or null
 * @param knownDifference why this case is known to differ, or null; it is reported as skipped while every difference
 *                        found contains {@code knownFragment}, and fails once it differs no more or differs otherwise
 * @param knownFragment   text every difference of a case with a known difference contains
 */
record CorpusCase(String name, String handler, LogFormat logFormat, LogLevel logLevel, byte[] event, String clientContext,
                  String cognitoIdentity, String traceHeader, List<String> serialisers, String excludedBecause, String knownDifference,
                  String knownFragment) {

    static final String CORPUS = "dev.lambdaharness.core.corpus.";

    CorpusCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(event, "event");
        serialisers = List.copyOf(serialisers);
        if (logLevel != null && logFormat != LogFormat.JSON) {
            throw new IllegalArgumentException(name + ": Lambda accepts an application log level only with the JSON log format.");
        }
    }

    /** A case of the corpus handler {@code corpus + handler} (a bare class or {@code Class::method}). */
    static CorpusCase of(String name, String handler, String event) {
        return new CorpusCase(name, CORPUS + handler, LogFormat.TEXT, null, event.getBytes(StandardCharsets.UTF_8), null, null, null,
                List.of(), null, null, null);
    }

    /** A case whose handler string is used exactly as given (for invalid handler strings). */
    static CorpusCase ofRawHandler(String name, String handler, String event) {
        return new CorpusCase(name, handler, LogFormat.TEXT, null, event.getBytes(StandardCharsets.UTF_8), null, null, null,
                List.of(), null, null, null);
    }

    CorpusCase withLogs(LogFormat format, LogLevel level) {
        return new CorpusCase(name, handler, format, level, event, clientContext, cognitoIdentity, traceHeader, serialisers,
                excludedBecause, knownDifference, knownFragment);
    }

    CorpusCase withClientContext(String json) {
        return new CorpusCase(name, handler, logFormat, logLevel, event, json, cognitoIdentity, traceHeader, serialisers,
                excludedBecause, knownDifference, knownFragment);
    }

    CorpusCase withCognitoIdentity(String json) {
        return new CorpusCase(name, handler, logFormat, logLevel, event, clientContext, json, traceHeader, serialisers,
                excludedBecause, knownDifference, knownFragment);
    }

    CorpusCase withTraceHeader(String header) {
        return new CorpusCase(name, handler, logFormat, logLevel, event, clientContext, cognitoIdentity, header, serialisers,
                excludedBecause, knownDifference, knownFragment);
    }

    /** This case with its own code: the corpus plus a services file listing these serialisers (simple names in the corpus). */
    CorpusCase withSerialisers(String... simpleNames) {
        List<String> names = java.util.Arrays.stream(simpleNames).map(name -> CORPUS + name).toList();
        return new CorpusCase(name, handler, logFormat, logLevel, event, clientContext, cognitoIdentity, traceHeader, names,
                excludedBecause, knownDifference, knownFragment);
    }

    CorpusCase excludedBecause(String reason) {
        return new CorpusCase(name, handler, logFormat, logLevel, event, clientContext, cognitoIdentity, traceHeader, serialisers,
                reason, knownDifference, knownFragment);
    }

    CorpusCase knownDifference(String difference, String fragment) {
        return new CorpusCase(name, handler, logFormat, logLevel, event, clientContext, cognitoIdentity, traceHeader, serialisers,
                excludedBecause, difference, fragment);
    }

    /** Cases with equal keys share one environment per side. */
    String environmentKey() {
        return handler + " [" + logFormat + (logLevel == null ? "" : ", " + logLevel) + "]"
                + (serialisers.isEmpty() ? "" : " with serialisers " + serialisers);
    }

    String eventText() {
        return new String(event, StandardCharsets.UTF_8);
    }
}
