package dev.lambdaharness.core.internal.coldstart;

/**
 * What a cold-start run is of: the project, the harness version, when, and how many
 * cold starts per function.
 *
 * <pre>{@code
 * ColdStartRun run = new ColdStartRun("com.example:orders", "0.1.0", Instant.now().toString(), 10);
 * }</pre>
 *
 * @param project the project's {@code groupId:artifactId}, which a baseline must match
 * @param harnessVersion the harness's version, which a baseline must match
 * @param recorded when the run started, ISO-8601
 * @param runs cold starts per function
 */
public record ColdStartRun(String project, String harnessVersion, String recorded, int runs) {
}
