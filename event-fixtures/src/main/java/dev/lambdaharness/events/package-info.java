/**
 * Canonical event payloads for every Lambda event source, loadable as bytes, JSON trees or the
 * aws-lambda-java-events classes.
 *
 * <p>The fixtures arrive with their own release; this package reserves the module's public API.
 */
package dev.lambdaharness.events;
