/**
 * Event payloads for every Lambda event source, as Lambda delivers them: the built-in fixtures
 * ({@link dev.lambdaharness.events.EventFixtures#get(String)}, catalogued in {@code docs/events.md})
 * and a project's own JSON files, customisable by parameter and by field, and readable as bytes,
 * JSON trees or the aws-lambda-java-events classes through the Lambda Java runtime's own
 * serialisers.
 *
 * <pre>{@code
 * SQSEvent event = EventFixtures.get("sqs/receive-message").with("body", "hello").as(SQSEvent.class);
 * }</pre>
 */
package dev.lambdaharness.events;
