/** Concurrency as Lambda counts it: the account's pool, reserved concurrency and the scaling rate. */
package dev.lambdaharness.core.internal.concurrency;
