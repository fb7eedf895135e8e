/**
 * Handler resolution, invocation and (de)serialisation with the rules of the AWS Lambda Java
 * runtime interface client (RIC) 2.9.0, implemented here so that the in-process runtime answers
 * byte for byte what the RIC answers, without loading the RIC (whose static initialiser changes
 * JVM-wide TLS settings and whose serialiser state is JVM-wide).
 *
 * <p>Entry point: {@link dev.lambdaharness.core.internal.handler.HandlerLoader#load}. Internal:
 * users must not import this package.
 */
package dev.lambdaharness.core.internal.handler;
