/**
 * Real Lambda handlers the assertions are tested against: the tests deploy them into a
 * {@code LambdaRuntime} and assert on what their invocations really returned.
 */
package dev.lambdaharness.junit.assertj.functions;
