/**
 * The handlers every test of the extension deploys: the extension's own tests name them in
 * {@code @LambdaTest}, and the assertions' tests invoke them in a real runtime and assert on what
 * their invocations really returned. They are loaded from {@code target/test-classes} as function
 * code, so they use nothing a deployed function would not bundle.
 */
package dev.lambdaharness.junit.handlers;
