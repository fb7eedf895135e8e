/**
 * Lambda's limits on a function's settings and the messages that refuse a value outside them, in
 * one place that the public configuration groups ({@code FunctionConfig}, {@code LoggingConfig},
 * {@code AsyncInvokeConfig}, …) check themselves against; and the files settings are read from
 * (SAM CLI's environment variables file), with messages that say why one cannot be read.
 */
package dev.lambdaharness.core.internal.config;
