/**
 * Lambda's limits on a function's settings and the messages that refuse a value outside them, in
 * one place that the public configuration groups ({@code FunctionConfig}, {@code LoggingConfig},
 * {@code AsyncInvokeConfig}, …) check themselves against.
 */
package dev.lambdaharness.core.internal.config;
