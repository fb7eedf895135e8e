package dev.lambdaharness.core.internal.remote;

import java.util.Optional;

/**
 * The Invoke API's answer to a {@link RemoteCall} it accepted: 200, 202 or 204 with its headers.
 *
 * <pre>{@code
 * RemoteReply reply = transport.invoke(call);
 * reply.functionError(); // Optional[Unhandled] when the function failed
 * }</pre>
 *
 * @param statusCode 200, 202 or 204
 * @param payload the response payload or error document; empty for 202 and 204
 * @param functionError {@code X-Amz-Function-Error}, present when the function failed
 * @param executedVersion {@code X-Amz-Executed-Version}
 * @param logResult {@code X-Amz-Log-Result}: the base64 of the log's last 4 KB
 * @param requestId {@code x-amzn-RequestId}
 */
public record RemoteReply(int statusCode, byte[] payload, Optional<String> functionError, Optional<String> executedVersion,
        Optional<String> logResult, Optional<String> requestId) {
}
