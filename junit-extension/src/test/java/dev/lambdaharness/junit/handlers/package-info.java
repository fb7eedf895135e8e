/**
 * Handlers the extension's tests deploy, loaded from {@code target/test-classes} as function code.
 */
package dev.lambdaharness.junit.handlers;
