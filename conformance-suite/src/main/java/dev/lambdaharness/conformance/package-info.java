/**
 * Best-practice rules and contract checks for Lambda handlers, and their cold-start benchmarks.
 */
package dev.lambdaharness.conformance;
