/**
 * Event source mappings: the local queues and streams a test fills, and the pollers that read them
 * and invoke a function with batches as Lambda's event source mappings do.
 */
package dev.lambdaharness.core.internal.esm;
