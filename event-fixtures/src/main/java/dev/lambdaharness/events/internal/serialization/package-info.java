/**
 * The Lambda Java runtime's serialiser choice (custom serialiser, aws-lambda-java-events
 * serialiser, Jackson or Gson), implemented over aws-lambda-java-serialization's public API so
 * that one JVM can hold many class loaders' serialisers without the library's JVM-wide state
 * leaking between them. The harness's execution environments and the event fixtures' typed reading
 * both go through it: no other code of the JVM may call {@code LambdaEventSerializers} directly.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.events.internal.serialization;
