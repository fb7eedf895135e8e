/**
 * Local HTTP fronts on loopback: API Gateway HTTP APIs and Lambda Function URLs that turn a real
 * HTTP request into the event the service would deliver (built by the event model's builders) and
 * the function's response back into HTTP, with each front's own error answers.
 *
 * <p>Internal: users must not import this package.
 */
package dev.lambdaharness.core.internal.fronts;
