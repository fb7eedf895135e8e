/**
 * The Lambda Java runtime's serialisation rules, shared by the harness's modules: the serialiser
 * choice (custom serialiser, aws-lambda-java-events serialiser, Jackson or Gson) implemented over
 * aws-lambda-java-serialization's public API, so that one JVM can hold many class loaders'
 * serialisers without the library's JVM-wide state leaking between them. The harness's execution
 * environments, {@code EventPayload.as} and the event fixtures' typed reading all go through it: no
 * other code of the JVM may call {@code LambdaEventSerializers} directly.
 *
 * <p>Exported so that the harness's modules depend on it as API rather than on each other's
 * internals; a test reaches it rarely, through {@link dev.lambdaharness.events.serialization.TypedPayloads}:
 *
 * <pre>{@code
 * byte[] payload = TypedPayloads.write(order);          // the bytes Lambda would deliver for it
 * Order back = TypedPayloads.read(payload, Order.class); // what a handler declaring Order receives
 * }</pre>
 */
package dev.lambdaharness.events.serialization;
